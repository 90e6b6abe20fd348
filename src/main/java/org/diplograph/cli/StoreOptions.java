package org.diplograph.cli;

import java.nio.file.Path;
import org.diplograph.store.GraphStore;
import picocli.CommandLine.Option;

/** The --store option shared by build, query, serve and validate. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "diplograph-data",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    GraphStore open() {
        try {
            return GraphStore.open(store);
        } catch (org.diplograph.store.StoreWriteException e) {
            throw new UserError(e.getMessage(), ExitCodes.STORE);
        } catch (RuntimeException e) {
            throw new UserError("cannot open the store " + store + ": " + e.getMessage()
                    + " (is another diplograph process using it, e.g. 'serve'?)", ExitCodes.STORE);
        }
    }

    GraphStore openExisting() {
        if (!java.nio.file.Files.isDirectory(store)) {
            throw new UserError("no store at " + store + ": run 'diplograph build PATH...' first, or give --store",
                    ExitCodes.STORE);
        }
        return open();
    }
}

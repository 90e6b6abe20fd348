package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.store.GraphStore;
import org.diplograph.store.StoreWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Drop articles and all their facts from the store, by id (the schema:identifier that build gave",
                "them: the JSON Lines \"id\", or the file's path relative to the folder given, without extension), in one",
                "transaction. When another id holds the same text, it keeps the facts. Then compacts the store."},
        footer = {"%nExamples:", "  diplograph remove bbc-politics-001 bbc-politics-002",
                "  diplograph remove --store /data/dg sub/story",
                "  diplograph query --format csv 'SELECT ?id { ?a schema:identifier ?id }'   (to list the ids)"})
final class RemoveCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--no-compact", description = "Skip compacting the store afterwards.")
    boolean noCompact;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to drop.")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore store = storeOptions.openExisting()) {
            List<String> removed = store.remove(ids);
            List<String> missing = new ArrayList<>(ids);
            missing.removeAll(removed);
            for (String id : missing) err.println("diplograph: no article with the id \"" + id + "\" in " + store.dir());
            if (!removed.isEmpty() && !noCompact) store.compact();
            out.printf("Removed %d article(s) from %s%s%n", removed.size(), store.dir(),
                    missing.isEmpty() ? "" : String.format("; %d id(s) not found", missing.size()));
            out.flush();
            return missing.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        } catch (StoreWriteException e) {
            throw new UserError(e.getMessage(), ExitCodes.STORE);
        }
    }
}

package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.knowledge.ReferenceLoader;
import org.diplograph.store.GraphStore;
import org.diplograph.store.QuadFileLoader;
import org.diplograph.store.StoreWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bulk-load article graphs extracted elsewhere into a TDB2 store, with Jena's TDB2 bulk loader:",
                "the gzipped N-Quads of the Spark job (spark/, see the README's \"Scaling out\"), or the output of",
                "'extract --format nq'. The store then holds what 'build' would have stored for the same articles",
                "(one named graph per article; identical texts keep their facts once), and 'serve' serves it.",
                "Every file is read and checked first; a bad one (not N-Quads, triples outside an article graph) is",
                "refused whole, the others are loaded. Like 'build', an article already stored with the same text is",
                "skipped (loading the same files again adds nothing), one stored with another text is replaced.",
                "All articles are loaded in one transaction of TDB2's bulk loader: all or nothing."},
        footer = {"%nInputs: *.nq, *.nq.gz, *.trig, *.trig.gz, and folders (searched recursively for them, hidden",
                "files such as Hadoop's .crc skipped).",
                "%nExamples:",
                "  diplograph load --store data out/quads/",
                "  diplograph load --store data part-r-00000.nq.gz part-r-00001.nq.gz",
                "  diplograph serve --store data"})
final class LoadCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary: only refused files and errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "N-Quads or TriG files (gzipped or not), or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> refused = new ArrayList<>();
        List<Path> files = expand(inputs, refused);
        refused.forEach(m -> err.println("diplograph: refused " + m));
        long start = System.nanoTime();
        List<QuadFileLoader.Scan> good = new ArrayList<>();
        long articles = 0;
        for (Path f : files) {
            QuadFileLoader.Scan s = QuadFileLoader.scan(f);
            if (!s.ok()) {
                refused.add(s.error());
                err.println("diplograph: refused " + s.error());
                continue;
            }
            good.add(s);
            articles += s.articles().size();
            if (!quiet) err.printf("checked %s: %,d articles, %,d quads%n", f, s.articles().size(), s.quads());
        }
        err.flush();
        if (good.isEmpty()) {
            throw new UserError("nothing to load: no N-Quads or TriG file could be read", ExitCodes.BAD_INPUT);
        }
        QuadFileLoader.Result r;
        try (GraphStore store = storeOptions.open()) {
            Progress progress = new Progress(err, quiet);
            progress.start(articles);
            long loadStart = System.nanoTime();
            r = QuadFileLoader.load(store, good, progress::update, () -> loadReference(store));
            progress.finish();
            for (String m : r.messages()) err.println("diplograph: " + m);
            double secs = (System.nanoTime() - start) / 1e9;
            double loadSecs = (System.nanoTime() - loadStart) / 1e9;
            if (!quiet) {
                out.printf("Loaded %s in %.1f s: %,d new, %,d replaced, %,d unchanged (skipped), %,d refused files%n",
                        store.dir(), secs, r.added(), r.replaced(), r.unchanged(), refused.size());
                if (r.duplicates() > 0) out.printf("  %,d articles were in several files: the first copy was loaded%n", r.duplicates());
                out.printf("  %,d quads loaded in %.1f s after checking the files, %,.0f quads/s%n", r.quads(), loadSecs,
                        r.quads() / Math.max(loadSecs, 1e-9));
                out.println("Store totals:");
                store.summary().forEach((k, v) -> out.printf("  %-18s %,d%n", k, v));
            }
            out.flush();
        } catch (StoreWriteException e) {
            if (debug) e.printStackTrace(err);
            throw new UserError(e.getMessage() + "; nothing of this load was stored", ExitCodes.STORE);
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            if (debug) e.printStackTrace(err);
            throw new UserError("load failed: " + e + "; nothing of this load was stored"
                    + (debug ? "" : " (--debug shows where)"), ExitCodes.FAILURE);
        }
        return refused.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** The bundled reference knowledge, as 'build' stores it, when the store does not hold this version yet. */
    private static void loadReference(GraphStore store) {
        KnowledgeOptions bundled = new KnowledgeOptions();
        String hash = KnowledgeFingerprint.of(bundled);
        if (store.referenceIsCurrent(hash)) return;
        Model reference;
        try {
            reference = ReferenceLoader.loadModel(KnowledgeSource.bundled());
        } catch (IOException e) {
            throw new UserError("cannot load the bundled knowledge: " + e.getMessage(), ExitCodes.FAILURE);
        }
        store.loadReference(reference, hash);
    }

    /** Files named, and the loadable files of folders named, in name order; a missing path is refused. */
    static List<Path> expand(List<Path> inputs, List<String> refused) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")
                                    && QuadFileLoader.langOf(f) != null)
                        .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    refused.add(p + ": cannot read the folder: " + e.getMessage());
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                refused.add(p + ": no such file or folder");
            }
        }
        return files;
    }
}

package org.diplograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.pipeline.Extractor;
import org.diplograph.pipeline.Knowledge;

/** The project's own ontology/ folder, loaded once per test JVM. */
public final class TestKnowledge {
    private static Knowledge knowledge;

    private TestKnowledge() {}

    public static synchronized Knowledge get() {
        if (knowledge == null) {
            try {
                knowledge = Knowledge.load(KnowledgeSource.folder(Path.of("ontology")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return knowledge;
    }

    public static Extractor extractor() {
        return Extractor.create(get(), java.util.List.of());
    }
}

package org.diplograph.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the knowledge files (the {@code ontology/} folder) are read from: the copy bundled in the
 * jar, or a folder a researcher edits.
 */
public interface KnowledgeSource {
    /** Opens a file by its path inside {@code ontology/}, e.g. {@code rules/relations.tsv}; null if absent. */
    InputStream open(String path) throws IOException;

    /** A name for messages. */
    String describe();

    static KnowledgeSource bundled() {
        return new KnowledgeSource() {
            @Override public InputStream open(String path) {
                return KnowledgeSource.class.getResourceAsStream("/ontology/" + path);
            }
            @Override public String describe() { return "the bundled ontology/"; }
        };
    }

    static KnowledgeSource folder(Path dir) {
        return new KnowledgeSource() {
            @Override public InputStream open(String path) throws IOException {
                Path file = dir.resolve(path);
                return Files.exists(file) ? Files.newInputStream(file) : null;
            }
            @Override public String describe() { return dir.toString(); }
        };
    }
}

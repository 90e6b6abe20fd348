package org.diplograph.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the simple tab-separated tables of {@code ontology/lexicon} and {@code ontology/rules}. */
public final class Tables {
    private Tables() {}

    /** One row of a table, with its line number for error messages. */
    public record Row(String file, int line, List<String> cells) {
        public String cell(int i) { return i < cells.size() ? cells.get(i) : ""; }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + line + ": " + message);
        }
    }

    /** Rows of a table; blank lines and lines starting with '#' are skipped; cells are trimmed. */
    public static List<Row> read(KnowledgeSource source, String path) throws IOException {
        try (InputStream in = source.open(path)) {
            if (in == null) throw new IOException(path + " is missing from " + source.describe());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                List<String> cells = new ArrayList<>();
                for (String c : line.split("\t")) cells.add(c.strip());
                rows.add(new Row(path, number, cells));
            }
            if (rows.isEmpty()) throw new IOException(path + " in " + source.describe() + " holds no entries");
            return rows;
        }
    }
}

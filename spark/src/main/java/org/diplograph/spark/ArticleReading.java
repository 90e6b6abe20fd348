package org.diplograph.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.diplograph.article.ArticleInput;
import org.diplograph.article.HtmlArticleReader;
import org.diplograph.article.InvalidArticleException;
import org.diplograph.article.JsonLinesArticles;
import org.diplograph.article.TextArticleReader;

/**
 * Reads one input file into article records, on an executor, with the project's own readers:
 * the same checks and the same messages as the command line (empty, binary, not UTF-8, too large,
 * broken JSON line...). A bad record becomes a refused record; reading never fails the job.
 */
final class ArticleReading {
    private static final long MAX_BYTES = TextArticleReader.DEFAULT_MAX_BYTES;

    private ArticleReading() {}

    static Iterator<ArticleRecord> read(InputFile f, Configuration conf) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(f.uri());
        InputStream in;
        try {
            FileSystem fs = path.getFileSystem(conf);
            in = new BufferedInputStream(fs.open(path), 1 << 16);
            if (f.name().toLowerCase(Locale.ROOT).endsWith(".gz")) in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        } catch (IOException e) {
            return List.of(ArticleRecord.refused(f.name(), f.name() + ": cannot read: " + InvalidArticleException.reason(e))).iterator();
        }
        return switch (f.kind()) {
            case JSON_LINES -> records(JsonLinesArticles.inputs(f.name(), in, f.id(), MAX_BYTES));
            case TEXT -> one(f, in, (bytes) -> new TextArticleReader(MAX_BYTES).fromBytes(f.id(), f.name(), bytes));
            case HTML -> one(f, in, (bytes) -> new HtmlArticleReader(MAX_BYTES).fromBytes(f.id(), f.name(), bytes));
            case JSON -> {
                close(in);
                yield List.of(ArticleRecord.refused(f.name(), f.name() + ": .json files are not read by the job; "
                        + "write one article a line to a .jsonl file")).iterator();
            }
            case STDIN -> {
                close(in);
                yield List.of(ArticleRecord.refused(f.name(), f.name() + ": standard input is not read by the job")).iterator();
            }
        };
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was read from it
        }
    }

    private interface FromBytes {
        org.diplograph.article.Article read(byte[] bytes) throws InvalidArticleException;
    }

    private static Iterator<ArticleRecord> one(InputFile f, InputStream in, FromBytes reader) {
        try (in) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return List.of(ArticleRecord.refused(f.name(), String.format("%s: larger than the %,d-byte limit for one article",
                        f.name(), MAX_BYTES))).iterator();
            }
            return List.of(ArticleRecord.of(f.name(), reader.read(bytes))).iterator();
        } catch (InvalidArticleException e) {
            return List.of(ArticleRecord.refused(f.name(), e.getMessage())).iterator();
        } catch (IOException e) {
            return List.of(ArticleRecord.refused(f.name(), f.name() + ": cannot read: " + InvalidArticleException.reason(e))).iterator();
        }
    }

    /** A corpus's records, read lazily as the partition consumes them. */
    private static Iterator<ArticleRecord> records(Iterator<ArticleInput> inputs) {
        return new Iterator<>() {
            @Override public boolean hasNext() { return inputs.hasNext(); }

            @Override public ArticleRecord next() {
                ArticleInput a = inputs.next();
                try {
                    return ArticleRecord.of(a.name(), a.read());
                } catch (InvalidArticleException e) {
                    return ArticleRecord.refused(a.name(), e.getMessage());
                } catch (RuntimeException e) {
                    // worded as the command line words it (it meets the failure when it extracts)
                    return ArticleRecord.refused(a.name(), a.name() + ": extraction failed: " + e);
                }
            }
        };
    }
}

package org.diplograph.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.TextArticleReader;

/**
 * One input file of the job, on any Hadoop file system, with the name messages and provenance use
 * and the id its article (or, for a corpus, its records without an id) gets: the same as the
 * command line gives the same path ({@code diplograph extract PATH}): a file's path relative to the
 * folder named, without extension; a file named directly, its name without extension.
 *
 * @param uri  where to read it (a fully qualified Hadoop path)
 * @param name how messages and {@code dg:source} name it: the path as given, then the file's path below it
 * @param id   the article id (text, page) or the corpus's fallback id
 * @param kind how it is read
 */
public record InputFile(String uri, String name, String id, ArticleSources.Kind kind) implements Serializable {

    /**
     * The article files under the given paths (files, folders searched recursively skipping hidden
     * ones, or globs), listed on the driver: names and sizes only, never the content. A path that
     * matches nothing is returned in {@code missing}.
     */
    public static List<InputFile> list(List<String> paths, Configuration conf, List<String> missing) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (String given : paths) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(given);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                missing.add(given + ": no such file or folder");
                continue;
            }
            boolean glob = matches.length > 1 || !matches[0].getPath().getName().equals(p.getName());
            for (FileStatus m : matches) {
                String shown = glob ? display(m.getPath()) : stripSlash(given);
                if (m.isDirectory()) {
                    walk(fs, m.getPath(), shown, out);
                } else {
                    Path local = Path.of(m.getPath().getName());
                    out.add(new InputFile(m.getPath().toString(), shown, TextArticleReader.baseName(local),
                            ArticleSources.kindOf(local)));
                }
            }
        }
        return out;
    }

    private static void walk(FileSystem fs, org.apache.hadoop.fs.Path root, String shown, List<InputFile> out) throws IOException {
        List<InputFile> found = new ArrayList<>();
        String rootPath = root.toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String rel = f.getPath().toUri().getPath().substring(rootPath.length()).replaceFirst("^/+", "");
            if (rel.isEmpty() || hidden(rel)) continue;
            Path relPath = Path.of(rel);
            if (!ArticleSources.isArticleFile(relPath)) continue;
            found.add(new InputFile(f.getPath().toString(), shown + "/" + rel, ArticleSources.relativeId(Path.of(""), relPath),
                    ArticleSources.kindOf(relPath)));
        }
        // the command line walks a folder in path order: the same order here
        found.sort(Comparator.comparing(InputFile::name));
        out.addAll(found);
    }

    /** Hidden folders (.git, .cache) hold no articles: skipped as the command line skips them. */
    private static boolean hidden(String rel) {
        String[] parts = rel.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].startsWith(".")) return true;
        }
        return false;
    }

    /** A local path as a path, any other as its URI. */
    static String display(org.apache.hadoop.fs.Path p) {
        URI u = p.toUri();
        return "file".equals(u.getScheme()) ? u.getPath() : p.toString();
    }

    private static String stripSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

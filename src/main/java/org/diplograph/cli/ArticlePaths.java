package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.article.ArticleSources;

/** The articles a command was given, or a message the user can act on when there are none at all. */
final class ArticlePaths {
    private ArticlePaths() {}

    /**
     * The inputs. Paths that cannot be used (missing, link loops, unreadable folders) are kept as
     * inputs that refuse, reported one line each while the others are read; only when nothing at
     * all can be read is it an error.
     */
    static ArticleSources expand(List<Path> inputs) {
        ArticleSources sources = ArticleSources.expand(inputs);
        if (sources.isEmpty()) {
            List<String> problems = sources.problems();
            if (problems.size() == 1) throw new UserError(problems.get(0), ExitCodes.BAD_INPUT);
            if (!problems.isEmpty()) throw new UserError(String.join("; ", problems), ExitCodes.BAD_INPUT);
            throw new UserError("no articles (*.txt, *.html, *.jsonl, *.json) in " + inputs, ExitCodes.BAD_INPUT);
        }
        return sources;
    }
}

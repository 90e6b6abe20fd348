package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diplograph.article.Article;
import org.diplograph.article.InvalidArticleException;
import org.diplograph.article.TextArticleReader;
import org.diplograph.link.Entity;
import org.diplograph.link.LinkedMention;
import org.diplograph.nlp.Sentence;
import org.diplograph.pipeline.Extractor;
import org.diplograph.relation.Evidence;
import org.diplograph.relation.Fact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show how one article was read, for whoever edits the rules and gazetteers: each sentence",
                "with its mentions and what they were linked to, then each fact with the rule and the sentence."},
        footer = {"%nExamples:", "  diplograph explain article.txt", "  diplograph explain --tokens article.txt"})
final class ExplainCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin KnowledgeOptions knowledge;

    @Option(names = "--tokens", description = "Also print every token with its part of speech and its OpenNLP lemma.")
    boolean tokens;

    @Parameters(paramLabel = "FILE", description = "One article text file.")
    Path file;

    @Override
    public Integer call() {
        Article article;
        try {
            article = new TextArticleReader().read(file);
        } catch (InvalidArticleException e) {
            throw new UserError(e.getMessage(), ExitCodes.BAD_INPUT);
        }
        Extractor extractor = knowledge.newExtractor();
        Extractor.Trace trace = extractor.trace(article);
        PrintWriter out = spec.commandLine().getOut();
        for (Sentence s : trace.text().sentences()) {
            out.printf("[%d] %s%n", s.index(), article.text().substring(s.begin(), s.end()));
            if (tokens) {
                out.println("    " + s.tokens().stream().map(t -> t.text() + "/" + t.pos() + "/" + s.lemma(t.index()))
                        .collect(Collectors.joining(" ")));
            }
            for (LinkedMention lm : trace.linked().inSentence(s.index())) {
                var m = lm.mention();
                out.printf("    %-28s %-9s %-14s -> %s%s%n", "\"" + m.text() + "\"", m.type().localName().substring(0, 3),
                        m.kind().name().toLowerCase(), lm.entities().stream().map(Entity::label).collect(Collectors.joining(" + ")),
                        m.hasTitle() ? "  [title " + m.title() + ", " + m.role().name().toLowerCase()
                                + (m.titleCountry() != null ? ", of " + m.titleCountry().text() : "") + "]" : "");
            }
        }
        Map<String, String> labels = trace.linked().entities().values().stream()
                .collect(Collectors.toMap(Entity::iri, Entity::label));
        out.println();
        out.println("Facts:");
        for (Fact f : trace.facts()) {
            out.printf("  %s(%s, %s)%n", f.relation().name(), labels.getOrDefault(f.subject(), f.subject()),
                    labels.getOrDefault(f.object(), f.object()));
            for (Evidence e : f.evidence()) {
                out.printf("      %-22s %.2f  \"%s\"%n", e.rule(), e.confidence(),
                        article.text().substring(e.sentenceBegin(), e.sentenceEnd()).replace('\n', ' '));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

}

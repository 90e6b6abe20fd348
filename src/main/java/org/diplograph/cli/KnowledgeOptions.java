package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.mention.MentionFinder;
import org.diplograph.mention.NameFinderModels;
import org.diplograph.pipeline.Extractor;
import org.diplograph.pipeline.Knowledge;
import picocli.CommandLine.Option;

/** Options shared by every command that extracts: where knowledge comes from and extra name models. */
public final class KnowledgeOptions {
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Read gazetteers, lexicons and rules from this ontology/ folder instead of the bundled copy "
                    + "(to try edits without rebuilding).")
    Path knowledgeDir;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "An OpenNLP name-finder model (.bin) whose person, country/location and territory names "
                    + "are merged with the rule-based mentions. Repeatable.")
    List<Path> nerModels = new ArrayList<>();

    @Option(names = "--extractors", paramLabel = "NAME", split = ",",
            description = "Relation extractors to run, comma-separated (default: all: titles,patterns,reference-cues,visitors,companions). "
                    + "Use one alone to see what it finds by itself.")
    java.util.Set<String> extractors;

    private Knowledge knowledge;
    private NameFinderModels models;

    Knowledge knowledge() {
        if (knowledge == null) {
            KnowledgeSource source = KnowledgeSource.bundled();
            if (knowledgeDir != null) {
                if (!Files.isDirectory(knowledgeDir)) {
                    throw new UserError("--knowledge " + knowledgeDir + ": not a folder", ExitCodes.USAGE);
                }
                source = KnowledgeSource.folder(knowledgeDir);
            }
            try {
                knowledge = Knowledge.load(source);
                models = NameFinderModels.load(nerModels);
            } catch (IOException | IllegalArgumentException e) {
                throw new UserError("cannot load knowledge: " + e.getMessage(), ExitCodes.BAD_INPUT);
            }
            if (extractors != null) {
                try { // unknown names are a usage error before any work starts
                    Extractor.standardRelations(knowledge).only(extractors);
                } catch (IllegalArgumentException e) {
                    throw new UserError("--extractors: " + e.getMessage(), ExitCodes.USAGE);
                }
            }
        }
        return knowledge;
    }

    /** A new extractor for the calling thread. */
    Extractor newExtractor() {
        Knowledge k = knowledge();
        List<MentionFinder> extra = models.newFinders();
        return Extractor.create(k, extra, extractors);
    }
}

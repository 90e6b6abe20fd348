package org.diplograph.mention;

import org.diplograph.knowledge.MentionKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.diplograph.knowledge.EntityType;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;

/**
 * OpenNLP name-finder models a user supplies ({@code --ner-model}). Their names are merged with
 * the rule-based mentions: a name the rules already found is kept as the rules found it.
 * Name types map to entity types: person → Person; country, gpe, location → Country;
 * territory → DisputedTerritory; other types are ignored.
 */
public final class NameFinderModels {
    private final List<TokenNameFinderModel> models;

    private NameFinderModels(List<TokenNameFinderModel> models) { this.models = List.copyOf(models); }

    public static NameFinderModels load(List<Path> files) throws IOException {
        List<TokenNameFinderModel> models = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new IOException("--ner-model " + f + ": no such file");
            try (InputStream in = Files.newInputStream(f)) {
                models.add(new TokenNameFinderModel(in));
            } catch (IOException | RuntimeException e) {
                throw new IOException("--ner-model " + f + ": not an OpenNLP name-finder model (" + e.getMessage() + ")", e);
            }
        }
        return new NameFinderModels(models);
    }

    /** One finder per model, for the calling thread (NameFinderME is not thread-safe). */
    public List<MentionFinder> newFinders() {
        List<MentionFinder> out = new ArrayList<>();
        for (TokenNameFinderModel m : models) out.add(new OpenNlpNameFinder(new NameFinderME(m)));
        return out;
    }

    static EntityType typeOf(String nameType) {
        return switch (nameType.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> EntityType.PERSON;
            case "country", "gpe", "location", "loc" -> EntityType.COUNTRY;
            case "territory", "disputedterritory" -> EntityType.TERRITORY;
            default -> null;
        };
    }

    private static final class OpenNlpNameFinder implements MentionFinder {
        private final NameFinderME finder;

        OpenNlpNameFinder(NameFinderME finder) { this.finder = finder; }

        @Override
        public List<Mention> find(AnnotatedText doc, List<Mention> earlier) {
            List<Mention> out = new ArrayList<>(earlier);
            for (Sentence s : doc.sentences()) {
                String[] words = s.tokens().stream().map(t -> t.text()).toArray(String[]::new);
                for (Span span : finder.find(words)) {
                    EntityType type = typeOf(span.getType() == null ? "person" : span.getType());
                    if (type == null) continue;
                    int begin = s.token(span.getStart()).begin();
                    int end = s.token(span.getEnd() - 1).end();
                    String text = doc.plain().substring(begin, end);
                    Mention m = Mention.of(s.index(), span.getStart(), span.getEnd(), begin, end, text, type,
                            span.length() >= 2 || type != EntityType.PERSON ? MentionKind.NAME : MentionKind.SHORT_NAME,
                            null, "opennlp:" + span.getType());
                    if (out.stream().noneMatch(m::overlaps)) out.add(m);
                }
            }
            finder.clearAdaptiveData();
            out.sort(Mentions.BY_POSITION);
            return out;
        }
    }
}

package org.diplograph.relation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.knowledge.Tables;

/**
 * Turns the trigger lexicon ({@code rules/triggers.tsv}) and the frames ({@code rules/frames.tsv},
 * {@code rules/relation-frames.tsv}) into relation rules: every trigger of a relation in every
 * frame that relation takes. The triggers of a relation and part of speech become the word class
 * {@code <relation>_<pos>} (e.g. {@code claims_verb}), which the hand-written patterns of
 * {@code relations.tsv} may use too.
 */
final class FrameExpansion {
    /** Confidence of a frame rule: frames are general, so a little below the specific patterns. */
    static final double FRAME_CONFIDENCE = 0.8;

    private record Frame(String id, String template, String source) {}

    /** The suffix of a part of speech in triggers.tsv whose words get no pair frame ("verb_not_pair"). */
    static final String NOT_PAIR = "_not_pair";
    /** The prefix of the classes the pair frames use ("pair_verb"): the part of speech without its _not_pair words. */
    static final String PAIR = "pair_";

    private FrameExpansion() {}

    /** Adds the trigger classes to {@code classes}. */
    static void triggerClasses(KnowledgeSource source, Map<String, Set<String>> classes) throws IOException {
        Map<String, List<String>> lemmas = new LinkedHashMap<>();
        for (Tables.Row row : Tables.read(source, "rules/triggers.tsv")) {
            Relation relation = relationOf(row);
            String pos = row.cell(1);
            if (!pos.matches("[a-z_]+")) throw row.error("part of speech must be lower-case letters: " + pos);
            if (row.cell(2).isBlank()) throw row.error("no trigger words");
            List<String> words = List.of(row.cell(2).trim().split("\\s+"));
            // A word of "<pos>_not_pair" gets every frame of its part of speech but those of a pair named as the
            // subject ("the US and China recognised the importance of ...", "Britain and France halted the fighting"
            // name no recognition or fighting between them); the pair frames use the class "pair_<pos>".
            if (pos.endsWith(NOT_PAIR)) {
                String base = pos.substring(0, pos.length() - NOT_PAIR.length());
                lemmas.computeIfAbsent(className(relation, base), k -> new ArrayList<>()).addAll(words);
                continue;
            }
            lemmas.computeIfAbsent(className(relation, pos), k -> new ArrayList<>()).addAll(words);
            lemmas.computeIfAbsent(className(relation, PAIR + pos), k -> new ArrayList<>()).addAll(words);
        }
        lemmas.forEach((name, words) -> {
            if (classes.containsKey(name)) throw new IllegalArgumentException("word class " + name + " is defined twice");
            classes.put(name, Set.copyOf(words));
        });
    }

    private static Relation relationOf(Tables.Row row) {
        try {
            return Relation.parse(row.cell(0));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    static String className(Relation relation, String pos) {
        return relation.name().toLowerCase(Locale.ROOT) + "_" + pos;
    }

    /** The rules of every relation in every frame it takes. */
    static List<RelationRule> rules(KnowledgeSource source, Map<String, Set<String>> classes) throws IOException {
        Map<String, Frame> frames = new LinkedHashMap<>();
        for (Tables.Row row : Tables.read(source, "rules/frames.tsv")) {
            if (frames.put(row.cell(0), new Frame(row.cell(0), row.cell(1), row.file() + ":" + row.line())) != null) {
                throw row.error("frame " + row.cell(0) + " is defined twice");
            }
        }
        List<RelationRule> rules = new ArrayList<>();
        for (Tables.Row row : Tables.read(source, "rules/relation-frames.tsv")) {
            Relation relation = relationOf(row);
            for (String frameId : row.cell(5).trim().split("\\s+")) {
                Frame frame = frames.get(frameId);
                if (frame == null) throw row.error("unknown frame " + frameId + "; frames.tsv has " + frames.keySet());
                String text = instantiate(frame.template(), relation, row.cell(1), row.cell(2), row.cell(3), row.cell(4), classes);
                if (text == null) continue; // the relation has no trigger of the frame's part of speech
                try {
                    rules.add(new RelationRule(relation.name() + "." + frameId, relation, FRAME_CONFIDENCE,
                            Pattern.parse(text, classes), frame.source() + " × " + row.file() + ":" + row.line()));
                } catch (IllegalArgumentException e) {
                    throw row.error("frame " + frameId + " gives '" + text + "': " + e.getMessage());
                }
            }
        }
        return rules;
    }

    /** The frame's template with the relation's slots, trigger classes and argument fillers; null when a class is missing. */
    static String instantiate(String template, Relation relation, String subjectType, String objectType,
                              String verbArgs, String nounArgs, Map<String, Set<String>> classes) {
        StringBuilder out = new StringBuilder();
        for (String part : template.trim().split("\\s+")) {
            String replaced = switch (part) {
                case "S" -> "S:" + subjectType;
                case "O" -> "O:" + objectType;
                case "PAIR" -> "PAIR:" + subjectType;
                case "VARGS" -> verbArgs.equals("-") ? "" : verbArgs;
                case "NARGS" -> nounArgs.equals("-") ? "" : nounArgs;
                default -> {
                    if (part.startsWith("@") && Character.isLowerCase(part.charAt(1)) && !classes.containsKey(part.substring(1))) {
                        String name = className(relation, part.substring(1));
                        yield classes.containsKey(name) ? "@" + name : null;
                    }
                    yield part;
                }
            };
            if (replaced == null) return null;
            if (!replaced.isEmpty()) out.append(out.length() > 0 ? " " : "").append(replaced);
        }
        return out.toString();
    }
}

package org.diplograph.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.mention.Mention;

/**
 * What a phrase or pronoun that refers back to a place stands for:
 * <ul>
 *   <li>"the islands", "the enclave", "the region": the territory named most recently, within six
 *       sentences, whose name fits the head ("the shoal" a shoal; "the region", "the area" any);</li>
 *   <li>"its": a country named earlier in the same sentence;</li>
 *   <li>"it", "them", "they" as object or passive subject: the territory named last in the same or
 *       the previous sentence, singular for "it" and plural ("Falklands", "Kuril Islands") for
 *       "them"/"they", and only if no other place or group of that number stands between.</li>
 * </ul>
 * A place of two types (Taiwan, a country and a territory) fits either.
 */
final class PlaceAnaphors {
    /** Places stay the topic longer than people: "the islands" may look back further. */
    private static final int PHRASE_REACH = 6;
    private static final int PRONOUN_REACH = 1;

    private final Function<String, Set<EntityType>> typesOf;
    private final Function<String, String> labelOf;

    PlaceAnaphors(Function<String, Set<EntityType>> typesOf, Function<String, String> labelOf) {
        this.typesOf = typesOf;
        this.labelOf = labelOf;
    }

    static boolean isPlacePronoun(Mention a) { return a.rule().startsWith("anaphor:place-"); }

    List<String> resolve(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        if (isPlacePronoun(a)) return pronoun(a, mentions, iriOf);
        // "the islands", "the sea": the territory (or country) named most recently; "its": a country named earlier in the same sentence
        boolean pronoun = !a.text().contains(" ");
        int reach = pronoun ? 0 : PHRASE_REACH;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.begin() >= a.begin() || m.sentence() < a.sentence() - reach) continue;
            String iri = iriOf.get(m);
            if (iri != null && m.kind() != MentionKind.ANAPHOR && typesOf.apply(iri).contains(a.type())
                    && (pronoun || headFits(a, labelOf.apply(iri)))) {
                return List.of(iri);
            }
        }
        return List.of();
    }

    /** "it" / "them" / "they": the last territory of the right number, if nothing of that number stands between. */
    private List<String> pronoun(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        boolean plural = a.rule().endsWith("plural");
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.begin() >= a.begin() || m.sentence() < a.sentence() - PRONOUN_REACH) continue;
            String iri = iriOf.get(m);
            if (iri == null || m.kind() == MentionKind.ANAPHOR && !m.text().contains(" ")) continue;
            if (m.type() == EntityType.PERSON || m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.COMBINING_FORM) {
                // a person between may be what "they" means (with another); "it" is never a person
                if (plural && coordinated(m, mentions)) return List.of();
                continue;
            }
            boolean isPlural = isPlural(m, iri);
            if (isPlural != plural) {
                // "Japan and Russia": a group of states may be what "them" means
                if (plural && coordinated(m, mentions)) return List.of();
                continue;
            }
            if (!typesOf.apply(iri).contains(EntityType.TERRITORY)) return List.of(); // a country of that number is nearer
            if (m.kind() == MentionKind.ANAPHOR) return List.of();
            return List.of(iri);
        }
        return List.of();
    }

    /** Named in a coordination ("X and Y", "X, Y"). */
    private static boolean coordinated(Mention m, List<Mention> mentions) {
        for (Mention o : mentions) {
            if (o == m || o.sentence() != m.sentence()) continue;
            int gap = o.tokenStart() > m.tokenStart() ? o.tokenStart() - m.tokenEnd() : m.tokenStart() - o.tokenEnd();
            if (gap >= 0 && gap <= 1 && o.type() == m.type()) return true;
        }
        return false;
    }

    /** "Falklands", "Kuril Islands", "Golan Heights", "the Philippines": a plural name. */
    private boolean isPlural(Mention m, String iri) {
        String text = m.kind() == MentionKind.ANAPHOR ? m.text() : labelOf.apply(iri);
        String last = text.substring(text.lastIndexOf(' ') + 1);
        String mentioned = m.text().substring(m.text().lastIndexOf(' ') + 1);
        return plural(last) || plural(mentioned);
    }

    private static boolean plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** "the shoal" refers to a shoal, "the islands" to islands; "the territory", "the region" and "the area" to any. */
    private static boolean headFits(Mention anaphor, String label) {
        String text = anaphor.text().toLowerCase(Locale.ROOT);
        String head = text.substring(text.lastIndexOf(' ') + 1);
        if (head.equals("territory") || head.equals("region") || head.equals("area") || head.equals("enclave")
                || head.equals("exclave")) {
            return true;
        }
        String stem = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return label.toLowerCase(Locale.ROOT).contains(stem);
    }
}

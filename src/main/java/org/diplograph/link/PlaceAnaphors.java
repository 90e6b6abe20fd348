package org.diplograph.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.TerritoryCues;
import org.diplograph.mention.Mention;
import org.diplograph.mention.Mentions;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;

/**
 * What a phrase or pronoun that refers back to a place stands for:
 * <ul>
 *   <li>"the Ukrainian territory held by Russia": every territory named in its sentence before it and the two before;</li>
 *   <li>"all four" (its noun left out): the territory with a plural name named most recently;</li>
 *   <li>"the islands", "the enclave", "the two disputed islands": the territory named most recently,
 *       within six sentences, of a kind the head noun fits ({@code describe} rows of
 *       lexicon/territory-cues.tsv: "the archipelago" islands; "the region", "the area" any);</li>
 *   <li>"its": a country named earlier in the same sentence;</li>
 *   <li>"it", "them", "they" as object or passive subject: the territory named last in the same or
 *       the previous sentence, singular for "it" and plural ("Falklands", "Kuril Islands") for
 *       "them"/"they", and only if no other place or group of that number stands between (the subject
 *       group of the pronoun's own verb does not: "Vietnam and Taiwan also claim them").</li>
 * </ul>
 * A place of two types (Taiwan, a country and a territory) fits either.
 */
final class PlaceAnaphors {
    /** Places stay the topic longer than people: "the islands" may look back further. */
    private static final int PHRASE_REACH = 6;
    private static final int PRONOUN_REACH = 1;
    /** "the country" refers to a state of its own or the two sentences before; further back, too many fit. */
    private static final int STATE_REACH = 2;
    /**
     * "the US and the Nordic country", "Russia or the country": a place joined to the description by
     * a conjunction is another party, not what the description refers to.
     */
    private boolean coordinatedWith(Mention m, Mention description) {
        if (m.sentence() != description.sentence()) return false;
        int gap = description.tokenStart() - m.tokenEnd();
        return gap >= 1 && gap <= 2 && text != null
                && cues.isCoordinator(text.sentences().get(m.sentence()).token(m.tokenEnd()).lower());
    }

    /** A description before any fitting place looks ahead only as far as the next sentence. */
    private static final int CATAPHOR_REACH = 1;

    private final Function<String, Set<EntityType>> typesOf;
    private final Function<String, String> labelOf;
    private final Function<String, String> kindOf;
    private final TerritoryCues cues;
    private final Map<Mention, List<String>> groups;

    private final AnnotatedText text;

    PlaceAnaphors(AnnotatedText text, Function<String, Set<EntityType>> typesOf, Function<String, String> labelOf,
                  Function<String, String> kindOf, TerritoryCues cues) {
        this(text, typesOf, labelOf, kindOf, cues, Map.of());
    }

    /** With the places each description resolved to several of stands for ("the islands" after three named together). */
    PlaceAnaphors(AnnotatedText text, Function<String, Set<EntityType>> typesOf, Function<String, String> labelOf,
                  Function<String, String> kindOf, TerritoryCues cues, Map<Mention, List<String>> groups) {
        this.groups = groups;
        this.text = text;
        this.typesOf = typesOf;
        this.labelOf = labelOf;
        this.kindOf = kindOf;
        this.cues = cues;
    }

    static boolean isPlacePronoun(Mention a) { return a.rule().startsWith("anaphor:place-"); }

    /** "the Ukrainian territory held by Russia" looks back over its own sentence and the two before. */
    private static final int HELD_PLACES_REACH = 2;

    List<String> resolve(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        if (isPlacePronoun(a)) return pronoun(a, mentions, iriOf);
        if (a.rule().equals(Mention.HELD_PLACES)) return heldPlaces(a, mentions, iriOf);
        // "the islands", "the sea": the territory (or country) named most recently; "its": a country named earlier in the same sentence
        boolean pronoun = !a.text().contains(" ");
        boolean state = a.type() == EntityType.COUNTRY;
        // "Indonesia chairs the bloc. Its foreign minister ...": "its" opening a sentence is the state that opens the one before
        if (pronoun && state && a.tokenStart() == 0) {
            Mention opener = Mentions.openingSubjectState(text, a.sentence() - 1, mentions);
            String iri = opener == null ? null : iriOf.get(opener);
            return iri == null ? List.of() : List.of(iri);
        }
        int reach = pronoun ? 0 : state ? STATE_REACH : PHRASE_REACH;
        // "between the US and the Nordic country": the description is not a party joined to it
        Set<String> otherParties = new java.util.HashSet<>();
        if (state && !pronoun) {
            for (Mention m : mentions) if (coordinatedWith(m, a) && iriOf.get(m) != null) otherParties.add(iriOf.get(m));
        }
        // "the islands" after "the Senkaku Islands ... near Taiwan": a plural head looks for a place with a
        // plural name first, then for any that fits ("the islets" may be Dokdo)
        boolean elided = a.rule().equals(Mention.ELIDED);
        boolean pluralHead = elided || !pronoun && !state && plural(a.text().substring(a.text().lastIndexOf(' ') + 1));
        // "all four", its noun left out, has no head to fit: only a place with a plural name will do
        // "the farms" after "the Shebaa Farms ... the Golan Heights": a place whose name ends in the head is meant
        // "all three islands", "the two islands": as many places of the head's kind as it counts, named before it
        int count = pluralHead && !elided ? countOf(a) : -1;
        if (count >= 2) {
            List<String> counted = counted(a, count, mentions, iriOf, reach);
            if (!counted.isEmpty()) return counted;
        }
        if (!pronoun && !state && !elided) {
            String named = namedByHead(a, mentions, iriOf, reach);
            if (named != null) return List.of(named);
        }
        String subjectOfItsClause = null;
        // "Fiji welcomed the end of a ban by Australian unions, supporters of the country's ousted prime minister":
        // a state named by name before comes first; one named by an adjective is a fallback
        String byAdjective = null;
        for (int pass = pluralHead ? 0 : 1; pass < (elided ? 1 : 2); pass++) {
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.begin() >= a.begin() || m.sentence() < a.sentence() - reach) continue;
                if (otherParties.contains(iriOf.get(m))) continue;
                // "Mexico, whose President ... has been one of Belize's backers, sent its foreign minister": not a
                // state inside a relative clause closed before the pronoun
                if (pronoun && state && insideClosedRelativeClause(m, a)) continue;
                String iri = iriOf.get(m);
                // (a plural description resolved before carries its place on: "the islands ... the islands", when
                // the name is further back than a singular island named between)
                boolean carried = pass == 0 && (m.kind() == MentionKind.ANAPHOR && m.type() == EntityType.TERRITORY
                        && m.text().contains(" ") && plural(head(m)) || listsParts(m));
                if (iri != null && (m.kind() != MentionKind.ANAPHOR || carried) && typesOf.apply(iri).contains(a.type())
                        && (pronoun || elided || headFits(a, iri)) && (pass == 1 || isPlural(m, iri) || listsParts(m))) {
                    // "China says Taiwan is part of its territory": a place that is a state and a territory is
                    // not "its" in its own predicate when another state was named before it
                    if (pronoun && state && subjectOfItsClause == null && typesOf.apply(iri).contains(EntityType.TERRITORY)
                            && copulaBetween(m, a)) {
                        subjectOfItsClause = iri;
                        continue;
                    }
                    // ("Russia claims four other Ukrainian regions, though its forces": "its" too)
                    if (state && m.kind() == MentionKind.DEMONYM) {
                        if (byAdjective == null) byAdjective = iri;
                        continue;
                    }
                    // "the islands of Abu Musa, Greater Tunb and Lesser Tunb ... the islands": a description that
                    // stood for several places stands for them all again
                    if (carried && groups.containsKey(m) && !listsParts(m)) return groups.get(m);
                    // "Abu Musa, Greater Tunb and Lesser Tunb ... Iran has held the islands": a plural description
                    // refers to every place of the coordination it refers back to
                    if (pluralHead && !elided) {
                        List<String> group = coordination(m, mentions, iriOf, place -> pluralHeadFits(a, place));
                        // ("the two islands" after three named together is unclear)
                        if (group.size() > 1) return count < 2 || group.size() == count ? group : List.of();
                    }
                    return placesOf(m, iriOf);
                }
            }
        }
        if (subjectOfItsClause != null) return List.of(subjectOfItsClause);
        if (byAdjective != null) return List.of(byAdjective);
        if (pronoun || elided) return List.of();
        return state ? stateAhead(a, mentions, iriOf, otherParties) : ahead(a, mentions, iriOf);
    }

    /**
     * The places joined to {@code last} by "and", "or" or commas before it in its sentence ("Abu Musa, Greater
     * Tunb and Lesser Tunb"), that {@code fits} accepts (of a kind a description's head fits), in order;
     * {@code last}'s alone if none.
     */
    private List<String> coordination(Mention last, List<Mention> mentions, Map<Mention, String> iriOf,
                                      java.util.function.Predicate<String> fits) {
        java.util.Deque<String> out = new java.util.ArrayDeque<>(placesOf(last, iriOf));
        Mention current = last;
        for (boolean joined = true; joined && text != null; ) {
            joined = false;
            int gap = current.tokenStart() - 1;
            Sentence sentence = text.sentences().get(current.sentence());
            // "Abu Musa and the Greater and Lesser Tunbs": a determiner may open the next conjunct (after a place
            // of one; "the Senkaku Islands and the Kuril Islands" are two groups, "the islands" either)
            boolean determiner = gap >= 1 && cues.isDescriptionDeterminer(sentence.token(gap).lower());
            if (determiner) gap--;
            if (gap < 1 || !cues.isCoordinator(sentence.token(gap).lower())) break;
            for (Mention m : mentions) {
                String iri = iriOf.get(m);
                if (m.sentence() == current.sentence() && m.tokenEnd() == gap && iri != null && m.kind() != MentionKind.ANAPHOR
                        && m.type() == EntityType.TERRITORY && fits.test(iri) && !(determiner && isPlural(m, iri))) {
                    List<String> places = placesOf(m, iriOf);
                    for (int k = places.size() - 1; k >= 0; k--) if (!out.contains(places.get(k))) out.addFirst(places.get(k));
                    current = m;
                    joined = true;
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every territory of a kind its head fits, named before the description in its sentence and the two before, in order. */
    private List<String> heldPlaces(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.begin() >= a.begin() || m.sentence() < a.sentence() - HELD_PLACES_REACH || m.kind() == MentionKind.ANAPHOR) continue;
            String iri = iriOf.get(m);
            // "the Russian-held islands" are the islands named before, not the region named with them
            if (iri != null && m.type() == EntityType.TERRITORY && typesOf.apply(iri).contains(EntityType.TERRITORY)
                    && pluralHeadFits(a, iri)) out.addAll(placesOf(m, iriOf));
        }
        // "the Russian-held islands off Hokkaido ... the islands, which Japan calls the Northern Territories":
        // named only after it, as a description that opens the topic
        if (out.isEmpty()) {
            for (Mention m : mentions) {
                if (m.begin() <= a.begin() || m.sentence() > a.sentence() + CATAPHOR_REACH || m.kind() == MentionKind.ANAPHOR) continue;
                String iri = iriOf.get(m);
                if (iri != null && typesOf.apply(iri).contains(EntityType.TERRITORY) && pluralHeadFits(a, iri)) return placesOf(m, iriOf);
            }
        }
        return List.copyOf(out);
    }

    /**
     * "relations between the US and the Nordic country soured after ... the territory of Denmark": a
     * state description with no state before it refers to the first other state named later in its
     * own sentence.
     */
    private List<String> stateAhead(Mention a, List<Mention> mentions, Map<Mention, String> iriOf, Set<String> otherParties) {
        for (Mention m : mentions) {
            if (m.begin() <= a.begin() || m.sentence() != a.sentence() || m.kind() == MentionKind.ANAPHOR) continue;
            String iri = iriOf.get(m);
            if (iri != null && !otherParties.contains(iri) && typesOf.apply(iri).contains(EntityType.COUNTRY)) return List.of(iri);
        }
        return List.of();
    }

    /**
     * "Japan and Russia both claim four islands north of Hokkaido. ... the dispute over the Kuril
     * islands": a description that opens the topic, with nothing fitting before it, refers to the
     * first fitting territory named after it in its own or the next sentence.
     */
    private List<String> ahead(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        boolean pluralHead = plural(a.text().substring(a.text().lastIndexOf(' ') + 1));
        for (Mention m : mentions) {
            if (m.begin() <= a.begin() || m.sentence() > a.sentence() + CATAPHOR_REACH || m.kind() == MentionKind.ANAPHOR) continue;
            String iri = iriOf.get(m);
            // ("The islands are administered by Japan but claimed by China and Taiwan": a state named as a state is no
            // group of places a plural head points forward to)
            if (pluralHead && m.type() != EntityType.TERRITORY) continue;
            if (iri != null && typesOf.apply(iri).contains(a.type()) && headFits(a, iri)) {
                // "the islands of Abu Musa, Greater Tunb and Lesser Tunb": a plural head stands for the whole coordination
                if (pluralHead) {
                    List<String> group = coordination(lastConjunct(m, mentions, iriOf), mentions, iriOf, place -> pluralHeadFits(a, place));
                    if (group.size() > 1 && group.contains(iri)) return group;
                }
                return List.of(iri);
            }
        }
        return List.of();
    }

    /** The last place of the coordination that {@code first} opens ("Abu Musa, Greater Tunb and Lesser Tunb"). */
    private Mention lastConjunct(Mention first, List<Mention> mentions, Map<Mention, String> iriOf) {
        if (text == null) return first;
        Sentence sentence = text.sentences().get(first.sentence());
        Mention current = first;
        for (boolean joined = true; joined; ) {
            joined = false;
            int gap = current.tokenEnd();
            if (gap >= sentence.size() || !cues.isCoordinator(sentence.token(gap).lower())) break;
            int next = gap + 1;
            // ", and" or "and the"
            if (next < sentence.size() && cues.isCoordinator(sentence.token(next).lower())) next++;
            if (next < sentence.size() && cues.isDescriptionDeterminer(sentence.token(next).lower())) next++;
            for (Mention m : mentions) {
                if (m.sentence() == first.sentence() && m.tokenStart() == next && m.kind() != MentionKind.ANAPHOR
                        && m.type() == EntityType.TERRITORY && iriOf.get(m) != null) {
                    current = m;
                    joined = true;
                    break;
                }
            }
        }
        return current;
    }

    /** "it" / "them" / "they": the last territory of the right number, if nothing of that number stands between. */
    private List<String> pronoun(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        boolean plural = a.rule().endsWith("plural");
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.begin() >= a.begin() || m.sentence() < a.sentence() - PRONOUN_REACH) continue;
            // "Iran seized the islands [Abu Musa and the Tunbs] ... they belong to the Emirates": a plural pronoun
            // after a description that stands for several places stands for all of them
            // (a group's name that lists its parts is read with its coordination below)
            if (plural && groups.containsKey(m) && !listsParts(m) && isPlural(m, groups.get(m).get(0)) && !subjectOfObjectPronoun(m, a)) {
                return groups.get(m);
            }
            String iri = iriOf.get(m);
            // "The reef is a rock ... and Vietnam took possession of it": a place described that no name was found
            // for is still what the pronoun means, and nothing further back is
            if (iri == null && m.kind() == MentionKind.ANAPHOR && m.type() == EntityType.TERRITORY && m.text().contains(" ")
                    && isPlural(m, null) == plural && !groups.containsKey(m)) return List.of();
            if (iri == null || m.kind() == MentionKind.ANAPHOR && !m.text().contains(" ")) continue;
            if (plural && subjectOfObjectPronoun(m, a)) {
                // "Vietnam and Taiwan also claim them": the subject group of the verb is not its object
                while (i > 0 && adjacentConjuncts(mentions.get(i - 1), mentions.get(i))) i--;
                continue;
            }
            if (m.type() == EntityType.PERSON || m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.COMBINING_FORM) {
                // a person between may be what "they" means (with another); "it" is never a person
                if (plural && coordinated(m, mentions)) return List.of();
                continue;
            }
            // "Etorofu, Kunashiri, Shikotan and the Habomai islets ... seized them": every place of the coordination
            if (plural && m.kind() != MentionKind.ANAPHOR && m.type() == EntityType.TERRITORY) {
                List<String> group = coordination(m, mentions, iriOf, place -> true);
                if (group.size() > 1) return group;
            }
            boolean isPlural = isPlural(m, iri);
            if (isPlural != plural) {
                // "Japan and Russia": a group of states may be what "them" means
                if (plural && coordinated(m, mentions)) return List.of();
                continue;
            }
            if (!typesOf.apply(iri).contains(EntityType.TERRITORY)) {
                // "Madrid wants it back": an object pronoun is not the subject of its own verb, nor is any of a
                // subject group ("Both Khartoum and Juba claim it"); "Spain argued that it should be returned": a
                // state is not what is handed over
                if (subjectOfObjectPronoun(m, a)) {
                    while (i > 0 && adjacentConjuncts(mentions.get(i - 1), mentions.get(i))) i--;
                    continue;
                }
                if (transferredPlace(a) || claimedPlace(a) || predicatedPlace(a)) continue;
                // "The fertile strip straddles the line drawn when South Sudan seceded. Both ... claim it": the
                // territory that the state's sentence opens with, as its subject, outranks the state named after it
                // there, in the sentence before or in the pronoun's own ("Kosovo declared independence from Serbia,
                // but Belgrade considers it part of its territory")
                String subject = subjectPlace(m.sentence(), mentions, iriOf, plural);
                if (subject != null) return List.of(subject);
                return List.of(); // a country of that number is nearer
            }
            // a territory's description refers on ("seized the islands ... calls them"); a state's or a group's does not
            if (m.kind() == MentionKind.ANAPHOR && (m.type() != EntityType.TERRITORY || iriOf.get(m) == null)) return List.of();
            // "Hans Island lies in the channel between Ellesmere Island and Greenland. Both countries have claimed it":
            // a territory that the sentence before opens with, as its subject, outranks one named later in it
            if (m.sentence() < a.sentence() && m.tokenStart() > 0 && !plural) {
                String subject = subjectPlace(m.sentence(), mentions, iriOf, false);
                if (subject != null) return List.of(subject);
            }
            return List.of(iri);
        }
        return List.of();
    }

    /** Whether m stands in a relative clause (", which ...", ", whose ...") that closes before a, in a's sentence. */
    private boolean insideClosedRelativeClause(Mention m, Mention a) {
        return text != null && m.sentence() == a.sentence() && org.diplograph.mention.Mentions.insideClosedRelativeClause(
                text.sentences().get(m.sentence()), m, a.begin(), cues::isRelativePronoun);
    }

    /** The territory of the given number that opens the sentence as its subject (not as a possessor: "Greenland's premier"), or null. */
    private String subjectPlace(int sentenceIndex, List<Mention> mentions, Map<Mention, String> iriOf, boolean plural) {
        if (text == null) return null;
        var sentence = text.sentences().get(sentenceIndex);
        for (Mention m : mentions) {
            if (m.sentence() != sentenceIndex || m.tokenStart() != 0) continue;
            String iri = iriOf.get(m);
            if (iri == null || m.type() == EntityType.PERSON || !typesOf.apply(iri).contains(EntityType.TERRITORY)) return null;
            if (m.tokenEnd() < sentence.size() && possessiveMark(sentence.token(m.tokenEnd()).text())) return null;
            return isPlural(m, iri) == plural ? iri : null;
        }
        return null;
    }

    /** A possessive ending after a name: "'s", "'", "’s". */
    private static boolean possessiveMark(String token) {
        return token.equals("'s") || token.equals("'") || token.equals("’s") || token.equals("’");
    }

    /** Whether a form of "be" (lexicon/territory-cues.tsv auxiliaries marked be) stands between m and a in one clause. */
    private boolean copulaBetween(Mention m, Mention a) {
        if (text == null || m.sentence() != a.sentence()) return false;
        var sentence = text.sentences().get(a.sentence());
        boolean copula = false;
        for (int k = m.tokenEnd(); k < a.tokenStart(); k++) {
            String w = sentence.token(k).lower();
            if (w.equals(",") || w.equals(";")) return false;
            if (cues.isPassiveAuxiliary(w)) copula = true;
        }
        return copula;
    }

    /** Longest verb group between a subject and an object pronoun: "has never given (it)". */
    private static final int VERB_GROUP_TOKENS = 5;

    /**
     * Whether m is the subject of the verb whose object the pronoun a is: m ends just before a verb
     * group (verbs, auxiliaries, adverbs, particles only) that ends right before a.
     */
    private boolean subjectOfObjectPronoun(Mention m, Mention a) {
        if (text == null || m.sentence() != a.sentence()) return false;
        var sentence = text.sentences().get(a.sentence());
        // "Ethiopia has also laid claim to it": a claim or hold noun and its preposition end the verb group's object
        int end = a.tokenStart();
        if (end >= m.tokenEnd() + 3 && claimedPlace(a)) {
            end -= 2;
            if (sentence.token(end - 1).pos().equals("DET") || sentence.token(end - 1).pos().startsWith("PRON")) end--;
        }
        int gap = end - m.tokenEnd();
        if (gap < 1 || gap > VERB_GROUP_TOKENS) return false;
        if (!sentence.token(end - 1).pos().startsWith("VERB")) return false;
        for (int k = m.tokenEnd(); k < end; k++) {
            String pos = sentence.token(k).pos();
            if (!(pos.startsWith("VERB") || pos.startsWith("AUX") || pos.startsWith("ADV") || pos.startsWith("PART"))) return false;
        }
        return true;
    }

    /** "laid claim to it", "sovereignty over them": what a claim or hold noun's preposition governs is a place, not a state. */
    private boolean claimedPlace(Mention a) {
        if (text == null || a.tokenStart() < 2) return false;
        var sentence = text.sentences().get(a.sentence());
        return cues.isPlaceObject(sentence.token(a.tokenStart() - 2).lower(), sentence.token(a.tokenStart() - 1).lower());
    }

    /** "it should be returned", "they were ceded", "they belong to": the subject of a passive that only a territory undergoes, or of a place verb. */
    private boolean transferredPlace(Mention a) {
        if (text == null) return false;
        var sentence = text.sentences().get(a.sentence());
        int k = a.tokenEnd();
        // "they belong to the Emirates", "it lies within its waters": the subject of a verb only a place takes
        if (k < sentence.size() && cues.isPlaceVerb(sentence.token(k).lower())) return true;
        while (k < sentence.size() && cues.isAuxiliary(sentence.token(k).lower())) k++;
        return k > a.tokenEnd() && k < sentence.size() && cues.isTransferParticiple(sentence.token(k).lower());
    }

    /** "they are Japanese territory", "it is part of Morocco": the subject of a predicate only a place takes. */
    private boolean predicatedPlace(Mention a) {
        return text != null && Mentions.placePredicateAfter(text.sentences().get(a.sentence()), a.tokenEnd(), cues);
    }

    /** Whether a and b, a just before b, are joined by one word at most ("X and Y", "X, Y"). */
    private static boolean adjacentConjuncts(Mention a, Mention b) {
        int gap = b.tokenStart() - a.tokenEnd();
        return a.sentence() == b.sentence() && gap >= 0 && gap <= 1 && a.type() == b.type();
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
    /**
     * The places a description that counts them ("the three islands") stands for: the nearest places of its head's
     * kind named before it, in the order named, when exactly that many are named in the run of sentences before it,
     * each next to the one before (a place named further back belongs to another topic); none otherwise ("the two
     * islands" after three is unclear).
     */
    private List<String> counted(Mention a, int count, List<Mention> mentions, Map<Mention, String> iriOf, int reach) {
        java.util.Set<String> nearestFirst = new java.util.LinkedHashSet<>();
        int lastSentence = a.sentence();
        for (int i = mentions.size() - 1; i >= 0 && nearestFirst.size() <= count; i--) {
            Mention m = mentions.get(i);
            if (m.begin() >= a.begin() || m.sentence() < a.sentence() - reach) continue;
            if (m.type() != EntityType.TERRITORY || iriOf.get(m) == null) continue;
            if (m.sentence() < lastSentence - 1) break;
            lastSentence = m.sentence();
            if (m.kind() == MentionKind.ANAPHOR) continue;
            List<String> places = placesOf(m, iriOf);
            if (!places.stream().allMatch(place -> pluralHeadFits(a, place))) continue;
            for (int k = places.size() - 1; k >= 0; k--) nearestFirst.add(places.get(k));
        }
        if (nearestFirst.size() != count) return List.of();
        List<String> inOrder = new java.util.ArrayList<>(nearestFirst);
        java.util.Collections.reverse(inOrder);
        return inOrder;
    }

    /** How many places a description counts ("the three islands" 3), or -1. */
    private int countOf(Mention a) {
        for (String word : a.text().toLowerCase(Locale.ROOT).split(" ")) {
            int value = cues.numberValue(word);
            if (value >= 0) return value;
        }
        return -1;
    }

    /** The places a mention stands for: each part a group's name lists, else the one it is linked to. */
    private List<String> placesOf(Mention m, Map<Mention, String> iriOf) {
        return listsParts(m) ? groups.get(m) : List.of(iriOf.get(m));
    }

    /** A group's name that lists its parts ("Picton, Lennox and Nueva"): several places, however its last word ends. */
    private boolean listsParts(Mention m) {
        return m.kind() != MentionKind.ANAPHOR && groups.containsKey(m);
    }

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

    /** {@link #headFits} for a plural head that the cues list only in the singular ("regions"). */
    private boolean pluralHeadFits(Mention anaphor, String iri) {
        String head = head(anaphor);
        if (!cues.isDescriptionHead(head) && head.endsWith("s")) head = head.substring(0, head.length() - 1);
        return cues.describes(head, kindOf.apply(iri), labelOf.apply(iri));
    }

    /** "the shoal" refers to islands, "the valley" to land; "the territory", "the region" and "the area" to any. */
    private boolean headFits(Mention anaphor, String iri) {
        return cues.describes(head(anaphor), kindOf.apply(iri), labelOf.apply(iri));
    }

    /** The last word of a description, lower-cased. */
    /**
     * The territory named most recently within reach whose name's last word is the description's head ("the
     * farms": the Shebaa Farms), for heads that name few places; "the islands" and "the region" are read by kind.
     */
    private String namedByHead(Mention a, List<Mention> mentions, Map<Mention, String> iriOf, int reach) {
        String head = head(a);
        if (!cues.namesByHead(head)) return null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            // (a description resolved before carries the name on: "the farms ... the farms")
            if (m.begin() >= a.begin() || m.sentence() < a.sentence() - reach
                    || m.kind() == MentionKind.ANAPHOR && !m.text().contains(" ")) continue;
            String iri = iriOf.get(m);
            if (iri == null || !typesOf.apply(iri).contains(EntityType.TERRITORY)) continue;
            String label = labelOf.apply(iri).toLowerCase(Locale.ROOT);
            if (label.substring(label.lastIndexOf(' ') + 1).equals(head)) return iri;
        }
        return null;
    }

    private static String head(Mention anaphor) {
        String text = anaphor.text().toLowerCase(Locale.ROOT);
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}

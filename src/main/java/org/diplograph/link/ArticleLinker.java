package org.diplograph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.article.Article;
import org.diplograph.vocab.DG;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.Gender;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.knowledge.ReferenceEntity;
import org.diplograph.mention.Datelines;
import org.diplograph.mention.Mention;
import org.diplograph.mention.Mentions;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.TitleRole;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Sentence;

/**
 * Links mentions within one article:
 * <ul>
 *   <li>countries and territories to their reference entity, whatever form named them;</li>
 *   <li>full person names to a reference leader when the name is one, else to an IRI made from the name;</li>
 *   <li>a name part used alone ("Abe", "President Xi") to the full name in the article that holds it,
 *       the nearest one before it first; failing that, to a reference leader by family name only when
 *       that is certain: the leader was in office in the article's year, or the title before the name
 *       fits the leader's office, and the name does not go on ("Park Ji-sung" is not Park Geun-hye).
 *       Otherwise the person keeps the name the article uses;</li>
 *   <li>an office description ("the French president", "Japan's prime minister") to the person the
 *       article names in that office (by title, or by reference tenure), else to the one reference
 *       holder of a leader's office in the article's year; with no date, only the article's naming counts;</li>
 *   <li>"he"/"she" to the first person of the same or previous sentence; "the two leaders" and
 *       "the two countries" to the two persons or countries named most recently.</li>
 * </ul>
 */
public final class ArticleLinker implements Linker {
    /** How many sentences back an anaphor may reach. */
    private static final int ANAPHOR_REACH = 2;
    /** How far back "the two leaders", "both ministers" look for two holders of the office when none are near. */
    private static final int OFFICE_PAIR_REACH = 8;
    /** What each earlier naming of a state adds to its salience for "the two countries", at any distance. */
    private static final double TOPIC_WEIGHT = 0.15;
    /** What a pair anaphor resolved earlier in the article adds, at least, to each of its states for a later one. */
    private static final double EARLIER_PAIR_WEIGHT = 0.3;

    private final Gazetteer gazetteer;
    /** The article being linked (a linker serves one thread at a time). */
    private AnnotatedText currentText;
    /** How many tokens after a quotation closes its speaker may be named (', Foreign Minister Park Jin said'). */
    private static final int SPEAKER_REACH = 5;
    private static final Set<String> SPOKEN_OPENS = Set.of(":", ",");
    /**
     * The places each territory description of the current article resolved to, where several ("the islands"), and
     * the parts a group's name lists ("the Greater and Lesser Tunbs").
     */
    private final Map<Mention, List<String>> placeGroups = new HashMap<>();
    /** The two persons each pair anaphor of the current article ("The two leaders") resolved to. */
    private final Map<Mention, List<String>> personPairs = new HashMap<>();
    /** The two states each pair anaphor of the current article ("the two countries") resolved to. */
    private final Map<Mention, List<String>> statePairs = new HashMap<>();
    private final OfficeHolders offices;
    /** The year of the article being linked, or -1. */
    private int articleYear = -1;
    /**
     * Words of names and titles (lexicon/*.tsv): which territories a description fits ("the archipelago":
     * islands), words that end an organisation's name ("the Reagan Administration"), leader titles that name
     * another office in some state ("Chancellor"), forms of one given name ("Dick", "Richard"), and the
     * gender a title or given name shows.
     */
    private final Lexicon lexicon;
    /** The gender each person of the article being linked shows (see {@link #genders}). */
    private Map<String, Gender> genderOf = Map.of();

    public ArticleLinker(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.offices = new OfficeHolders(gazetteer);
        this.formerStatesBySeat = gazetteer.formerStatesBySeat();
        this.lexicon = lexicon;
    }

    /** Each former seat in lower case ("moscow") to the historical states it was the seat of. */
    private final Map<String, Set<String>> formerStatesBySeat;

    @Override
    public LinkedArticle link(Article article, AnnotatedText text, List<Mention> mentions) {
        currentText = text;
        placeGroups.clear();
        personPairs.clear();
        statePairs.clear();
        Map<String, Builder> entities = new LinkedHashMap<>();
        Map<Mention, String> iriOf = new HashMap<>();
        List<Mention> fullNames = new ArrayList<>();
        int year = article == null ? -1 : article.dateIfKnown().map(d -> d.getYear()).orElse(-1);
        articleYear = year;

        Map<String, Integer> statesNamed = year >= 0 ? Map.of() : statesNamed(mentions);
        Set<String> namedPlaces = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON && m.kind() == MentionKind.NAME && m.referenceIri() != null) namedPlaces.add(m.referenceIri());
        }
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON && m.kind() != MentionKind.ANAPHOR) {
                ReferenceEntity ref = m.referenceIri() == null ? null : gazetteer.entity(m.referenceIri());
                // "MOSCOW, March 2 -" in 1987 is the Soviet Union
                ReferenceEntity former = m.kind() == MentionKind.CAPITAL ? gazetteer.formerStateOfSeat(m.text(), year) : null;
                if (former == null && m.kind() == MentionKind.CAPITAL && year < 0) former = formerStateNamed(m, statesNamed);
                if (former != null) ref = former;
                // "the Greater and Lesser Tunbs": a group's name that lists its islands stands for each of them
                List<ReferenceEntity> parts = ref == null || m.kind() != MentionKind.NAME ? List.of() : gazetteer.partsListedIn(m.text(), ref);
                // "the Tunbs" in an article that names Greater Tunb and Lesser Tunb too: another name of the group stands for
                // its parts where the article names each of them, so that one place is not two nodes
                if (parts.isEmpty() && ref != null && m.kind() == MentionKind.NAME) {
                    List<ReferenceEntity> all = gazetteer.partsOf(ref);
                    if (!all.isEmpty() && all.stream().allMatch(part -> namedPlaces.contains(part.iri()))) parts = all;
                }
                if (!parts.isEmpty()) {
                    List<String> partIris = new ArrayList<>();
                    for (ReferenceEntity part : parts) {
                        Builder b = entities.computeIfAbsent(part.iri(), k -> new Builder(part.iri(), part.type(), gazetteer.labelIn(part, year)));
                        b.types.addAll(part.types());
                        partIris.add(part.iri());
                    }
                    iriOf.put(m, partIris.get(0));
                    placeGroups.put(m, List.copyOf(partIris));
                    continue;
                }
                // a place only a user's name-finder model knows gets an IRI made from its name
                String iri = ref != null ? ref.iri() : namespace(m.type()) + Slugs.slug(m.text());
                String label = ref != null ? gazetteer.labelIn(ref, year) : m.text();
                Builder b = entities.computeIfAbsent(iri, k -> new Builder(iri, m.type(), label));
                if (ref != null) b.types.addAll(ref.types());
                b.types.add(m.type());
                if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.CAPITAL) b.seen(m.text());
                iriOf.put(m, iri);
            } else if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                String iri = personIri(m, entities, mentions);
                entities.computeIfAbsent(iri, k -> new Builder(iri, EntityType.PERSON, labelFor(m))).seen(m.text());
                iriOf.put(m, iri);
                fullNames.add(m);
            }
        }
        // full names by each of their words, so that a short name is compared only with the names it
        // may be part of (a long article has thousands of both)
        Map<String, List<Mention>> fullNamesByWord = new HashMap<>();
        for (Mention f : fullNames) {
            for (String w : f.text().split("[\\s-]+")) fullNamesByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(f);
        }
        // "the Reagan Administration ... President Reagan": where one use of a family name is certainly the
        // reference leader, so are the others with no full name of their own
        Map<String, String> certainShortNames = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.SHORT_NAME || m.referenceIri() == null) continue;
            List<Mention> candidates = fullNamesByWord.getOrDefault(m.text().split("[\\s-]+")[0], List.of());
            if (m.referenceIri().equals(shortNameIri(m, candidates, iriOf, text, mentions, year))) {
                certainShortNames.putIfAbsent(m.text(), m.referenceIri());
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.SHORT_NAME) {
                List<Mention> candidates = fullNamesByWord.getOrDefault(m.text().split("[\\s-]+")[0], List.of());
                String linked = shortNameIri(m, candidates, iriOf, text, mentions, year);
                String certain = certainShortNames.get(m.text());
                boolean alone = linked.equals(DG.PERSON_NS + Slugs.slug(m.text()));
                // "President Reagan ... Reagan and Nancy Reagan flew": the bare name is the leader, not the namesake
                boolean namesake = certain != null && !linked.equals(certain) && !holdsOffice(linked, mentions, iriOf)
                        && !fullNamesByWord.getOrDefault(m.text().split("[\\s-]+")[0], List.of()).stream()
                                .anyMatch(f -> certain.equals(iriOf.get(f)));
                String iri = certain != null && certain.equals(m.referenceIri()) && (alone || namesake) ? certain : linked;
                // (a reference leader linked for certain, by the name's own entry or by title and year, goes by the label)
                String label = gazetteer.entity(iri) != null ? gazetteer.entity(iri).label() : m.text();
                entities.computeIfAbsent(iri, k -> new Builder(iri, EntityType.PERSON, label)).seen(m.text());
                iriOf.put(m, iri);
            }
        }
        // "the French president": who the article names in that office, else who held it that year
        Map<Mention, String> described = new HashMap<>();
        for (Mention m : mentions) {
            if (!isDescription(m)) continue;
            String iri = m.rule().equals(Mention.ORGANISATION_DESCRIPTION) ? organisationHolderIri(m, mentions, iriOf)
                    : m.titleCountry() == null ? bareDescribedIri(m, mentions, iriOf, year) : describedIri(m, mentions, iriOf, year);
            if (iri == null) continue;
            if (!entities.containsKey(iri)) {
                entities.put(iri, new Builder(iri, EntityType.PERSON, gazetteer.entity(iri).label()));
            }
            described.put(m, iri);
        }
        iriOf.putAll(described);
        genderOf = genders(mentions, iriOf, entities);

        List<LinkedMention> linked = new ArrayList<>();
        for (Mention m : mentions) {
            if (described.containsKey(m)) {
                linked.add(new LinkedMention(m, List.of(entities.get(described.get(m)).build())));
            } else if (isDescription(m)) {
                continue; // an office nobody in the article holds, in a year the reference cannot tell
            } else if (m.kind() == MentionKind.ANAPHOR) {
                List<String> refs = resolveAnaphor(m, mentions, iriOf, entities);
                // a territory's description stands for it to what refers back later ("seized the islands ... calls them")
                if (refs.size() == 1 && m.type() == EntityType.TERRITORY && m.text().contains(" ")) iriOf.putIfAbsent(m, refs.get(0));
                if (refs.size() > 1 && m.type() == EntityType.TERRITORY && m.text().contains(" ")) placeGroups.put(m, refs);
                if (refs.size() == 2 && m.type() == EntityType.PERSON) personPairs.put(m, refs);
                if (refs.size() == 2 && m.type() == EntityType.COUNTRY) statePairs.put(m, refs);
                if (!refs.isEmpty()) {
                    linked.add(new LinkedMention(m, refs.stream().map(r -> entities.get(r).build()).toList()));
                }
            } else {
                List<String> iris = placeGroups.getOrDefault(m, List.of(iriOf.get(m)));
                linked.add(new LinkedMention(m, iris.stream().map(iri -> entities.get(iri).build()).toList()));
            }
        }
        // Anaphors were built from entity snapshots taken before all names were seen; rebuild once.
        Map<String, Entity> built = new LinkedHashMap<>();
        entities.forEach((iri, b) -> built.put(iri, b.build()));
        List<LinkedMention> result = new ArrayList<>();
        for (LinkedMention lm : linked) {
            result.add(new LinkedMention(lm.mention(), lm.entities().stream().map(e -> built.get(e.iri())).toList()));
        }
        return new LinkedArticle(article, text, result, built);
    }

    /** The gender each person of the article shows in some mention (a title, a given name), where no two disagree. */
    private Map<String, Gender> genders(List<Mention> mentions, Map<Mention, String> iriOf, Map<String, Builder> entities) {
        Map<String, Gender> found = new HashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        for (Mention m : mentions) {
            String iri = iriOf.get(m);
            if (m.type() != EntityType.PERSON || m.kind() == MentionKind.ANAPHOR || iri == null) continue;
            Gender g = lexicon.gender(entities.get(iri).label, m.title());
            if (g != null && found.putIfAbsent(iri, g) != null && found.get(iri) != g) mixed.add(iri);
        }
        found.keySet().removeAll(mixed);
        return found;
    }

    private static String namespace(EntityType type) {
        return switch (type) {
            case PERSON -> DG.PERSON_NS;
            case COUNTRY -> DG.COUNTRY_NS;
            case TERRITORY -> DG.TERRITORY_NS;
        };
    }

    /** A nickname in quotation marks inside a name, with the spaces around it ("Joko \"Jokowi\" Widodo"). */
    private static final java.util.regex.Pattern QUOTED_NICKNAME = java.util.regex.Pattern.compile("\\s*[\"“”]([^\"“”]+)[\"“”]\\s*");

    private String personIri(Mention m, Map<String, Builder> entities, List<Mention> mentions) {
        if (m.referenceIri() != null) return m.referenceIri();
        ReferenceEntity ref = knownPerson(m.text());
        if (ref != null) return ref.iri();
        // "Joko \"Jokowi\" Widodo": the name without its nickname, or the nickname, as the reference knows it
        String withoutNickname = QUOTED_NICKNAME.matcher(m.text()).replaceAll(" ");
        if (!withoutNickname.equals(m.text())) {
            ref = knownPerson(withoutNickname);
            java.util.regex.Matcher nick = QUOTED_NICKNAME.matcher(m.text());
            if (ref == null && nick.find()) ref = knownPerson(nick.group(1));
            if (ref != null) return ref.iri();
        }
        // "Mr Garcia-Margallo" is "Jose Manuel Garcia-Margallo" named in full elsewhere in the article;
        // "Du Plessis" opening a sentence is "Barend du Plessis" (a particle may be capitalised there)
        String tail = " " + m.text().toLowerCase(java.util.Locale.ROOT);
        for (Mention other : mentions) {
            if (other.type() == EntityType.PERSON && other.kind() == MentionKind.NAME
                    && other.text().length() > m.text().length()
                    && other.text().toLowerCase(java.util.Locale.ROOT).endsWith(tail)) {
                return personIri(other, entities, mentions);
            }
        }
        // "Ivan F. Boesky ... Ivan Boesky", "Richard Darman ... Dick Darman": one person named in two forms;
        // the form the reference knows wins, else the article's first
        Mention first = null;
        for (Mention other : mentions) {
            if (other == m || other.type() != EntityType.PERSON || other.kind() != MentionKind.NAME) continue;
            boolean same = other.text().equalsIgnoreCase(m.text());
            if (!same && !formsOfOneName(m.text(), other.text()) && !clanNameLeftOut(m.text(), other.text())
                    && !lastOfThreeLeftOut(m.text(), other.text()) && !misspelledFamilyName(m.text(), other.text())) continue;
            if (first == null && other.begin() < m.begin()) first = other; // the same name written before counts too
            if (same) continue;
            if (other.referenceIri() != null) return other.referenceIri();
            ReferenceEntity known = gazetteer.personNamed(other.text());
            if (known != null) return known.iri();
        }
        String slugged = Slugs.slug((first != null ? first : m).text());
        // "Kim Jong-un" and "Kim Jong Un" are one person: same slug
        for (String iri : entities.keySet()) if (iri.equals(DG.PERSON_NS + slugged)) return iri;
        return DG.PERSON_NS + slugged;
    }

    /**
     * "Paul Volcker" and "Paul Vocker", "Ivan Boesky" and "Ivan Boeksy": the same given names and a family
     * name of five letters or more one letter apart (or two swapped): a slip of the pen in one article.
     */
    private static boolean misspelledFamilyName(String a, String b) {
        int space = a.lastIndexOf(' ');
        if (space < 0 || b.lastIndexOf(' ') != space || !a.regionMatches(0, b, 0, space)) return false;
        String familyA = a.substring(space + 1), familyB = b.substring(space + 1);
        return Math.min(familyA.length(), familyB.length()) >= 5 && !familyA.equals(familyB)
                && org.diplograph.knowledge.SpellingIndex.oneEditApart(familyA, familyB);
    }

    /**
     * "Faisal bin Farhan" and "Faisal bin Farhan Al Saud", "Abdul-Aziz" and "Abdul-Aziz bin Khalifa al-Thani": one
     * name is the other's first words, and what it leaves out opens with a particle (a father's, family or clan name).
     */
    private boolean clanNameLeftOut(String a, String b) {
        String shorter = a.length() < b.length() ? a : b, longer = shorter == a ? b : a;
        if (shorter.indexOf(' ') < 0 && shorter.indexOf('-') < 0 || !longer.regionMatches(true, 0, shorter, 0, shorter.length())
                || longer.length() == shorter.length() || longer.charAt(shorter.length()) != ' ') return false;
        String rest = longer.substring(shorter.length() + 1);
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) end++;
        return end > 0 && lexicon.isParticle(rest.substring(0, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Hassan Sheikh Mohamud" and "Hassan Sheikh", "Abiy Ahmed Ali" and "Abiy Ahmed": a name of three words
     * or more and its first words but the last, as names of a person, a father and a grandfather are shortened
     * (not where a particle says whose son: {@link #clanNameLeftOut}).
     */
    private boolean lastOfThreeLeftOut(String a, String b) {
        String shorter = a.length() < b.length() ? a : b, longer = shorter == a ? b : a;
        String[] shortWords = shorter.split(" "), longWords = longer.split(" ");
        if (shortWords.length < 2 || longWords.length < 3 || longWords.length != shortWords.length + 1) return false;
        // (a name with "bin" spells out whose son: "Ali bin Said" is the father of "Ali bin Said Mansour")
        for (String w : longWords) if (lexicon.isParticle(w.toLowerCase(java.util.Locale.ROOT))) return false;
        for (int i = 0; i < shortWords.length; i++) if (!shortWords[i].equalsIgnoreCase(longWords[i])) return false;
        // the word left out is a name, not a generation ("Robert Halmi Jr" is not "Robert Halmi")
        String last = longWords[longWords.length - 1];
        return last.length() >= 3 && Character.isUpperCase(last.charAt(0)) && last.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /**
     * "Ivan F. Boesky" and "Ivan Boesky", "Anthony John Charles Meyer" and "Anthony Meyer", "Tom Hockin" and
     * "Thomas Hockin": the same family name, given names of one form, and the middle names of one left out
     * by the other; initials that both write must agree ("Robert A. Smith" is not "Robert B. Smith").
     */
    private boolean formsOfOneName(String a, String b) {
        if (a.equalsIgnoreCase(b)) return false;
        String lastA = a.substring(a.lastIndexOf(' ') + 1), lastB = b.substring(b.lastIndexOf(' ') + 1);
        if (!lastA.equalsIgnoreCase(lastB)) return false; // most pairs differ here, before any splitting
        List<String> wordsA = new ArrayList<>(), wordsB = new ArrayList<>();
        String initialsA = splitInitials(a, wordsA), initialsB = splitInitials(b, wordsB);
        if (wordsA.size() < 2 || wordsB.size() < 2) return false;
        if (!initialsA.isEmpty() && !initialsB.isEmpty() && !initialsA.equals(initialsB)) return false;
        if (!wordsA.get(wordsA.size() - 1).equalsIgnoreCase(wordsB.get(wordsB.size() - 1))) return false;
        if (!lexicon.sameGivenName(wordsA.get(0), wordsB.get(0))) return false;
        List<String> middleA = wordsA.subList(1, wordsA.size() - 1), middleB = wordsB.subList(1, wordsB.size() - 1);
        return middleA.isEmpty() || middleB.isEmpty() || String.join(" ", middleA).equalsIgnoreCase(String.join(" ", middleB));
    }

    /** The words of a name into {@code words}; its initials ("F.", "A.K.", "W") returned as one string. */
    private static String splitInitials(String name, List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (w.matches("(\\p{Lu}\\.?)+") && w.replace(".", "").length() <= 2) initials.append(w.replace(".", ""));
            else words.add(w);
        }
        return initials.toString();
    }

    /** The reference person of a full name, also written with middle initials the reference leaves out ("Vladimir V. Putin") or in another transliteration. */
    private ReferenceEntity knownPerson(String name) {
        ReferenceEntity ref = gazetteer.personNamed(name);
        if (ref != null) return ref;
        if (name.contains(".")) {
            List<String> words = new ArrayList<>();
            splitInitials(name, words);
            if (words.size() >= 2) ref = gazetteer.personNamed(String.join(" ", words));
            if (ref != null) return ref;
        }
        // "Hassan Rowhani", "Nikol Pashinian": the reference's person in another transliteration
        return gazetteer.personSpelledLike(name);
    }

    private String labelFor(Mention m) {
        if (m.referenceIri() != null) return gazetteer.entity(m.referenceIri()).label();
        ReferenceEntity ref = knownPerson(m.text());
        return ref != null ? ref.label() : m.text();
    }

    /**
     * The nearest full name before the mention that contains it as a word; else the nearest after;
     * else the reference person with that family name when the link is certain; else a person
     * known only by this name.
     */
    private String shortNameIri(Mention m, List<Mention> fullNames, Map<Mention, String> iriOf, AnnotatedText text,
                                List<Mention> mentions, int year) {
        Mention before = null;
        Mention after = null;
        // "Kim Jong Un and his sister Kim Yo Jong ... Kim said": of several people with the name, the one
        // the article gives an office (the only one) is meant, else the nearest named before
        Mention officeHolder = null;
        int holders = 0;
        Set<String> seen = new java.util.HashSet<>();
        // "ex-King Michael of Romania" in a story about Michael Ancram: a monarch goes by a given name of his own
        Lexicon.Title title = m.title() == null ? null : lexicon.title(m.title());
        boolean monarch = title != null && title.role() == TitleRole.LEADER && title.gender() != null;
        for (Mention f : fullNames) {
            if (!containsWord(f.text(), m.text())) continue;
            if (monarch && f.text().startsWith(m.text() + " ")) continue;
            if (f.begin() < m.begin()) before = f;
            else if (after == null) after = f;
            String iri = iriOf.get(f);
            if (iri != null && seen.add(iri) && holdsOffice(iri, mentions, iriOf)) {
                officeHolder = f;
                holders++;
            }
        }
        Mention chosen = before != null ? before : after;
        if (seen.size() > 1 && holders == 1) chosen = officeHolder;
        if (chosen != null && leaderOtherThanNamesake(m, chosen, mentions, iriOf, year)) return m.referenceIri();
        if (chosen != null) return iriOf.get(chosen);
        if (m.referenceIri() != null && certainFamilyName(m, text, mentions, year, iriOf)) return m.referenceIri();
        String holder = m.referenceIri() == null ? leaderOfSharedFamilyName(m, year) : null;
        if (holder != null) return holder;
        return DG.PERSON_NS + Slugs.slug(m.text());
    }

    /**
     * "President Aquino" in a 2012 article, "President Bush" in a 1990 one: of the reference leaders who share a family
     * name, the one who held the office the title names (for its state, if the title gives one) in the article's
     * year, when exactly one did.
     */
    private String leaderOfSharedFamilyName(Mention m, int year) {
        if (m.role() != TitleRole.LEADER || year < 0) return null;
        String country = m.titleCountry() != null && m.titleCountry().type() == EntityType.COUNTRY
                ? m.titleCountry().referenceIri() : m.titleDefaultCountry();
        String found = null;
        for (String person : gazetteer.personsWithFamilyName(m.text())) {
            if (!offices.heldAny(person, country, m.title(), year)) continue;
            if (found != null) return null;
            found = person;
        }
        return found;
    }

    /**
     * "President Reagan" in a 1987 article that also names "Nancy Reagan": a leader's title on the family
     * name, fitting the reference leader's office in the article's year, names the leader and not the
     * namesake the article names in full with no office of their own.
     */
    private boolean leaderOtherThanNamesake(Mention m, Mention fullName, List<Mention> mentions, Map<Mention, String> iriOf, int year) {
        if (m.role() != TitleRole.LEADER || m.referenceIri() == null || year < 0) return false;
        String namesake = iriOf.get(fullName);
        if (namesake == null || namesake.equals(m.referenceIri()) || holdsOffice(namesake, mentions, iriOf)) return false;
        String country = m.titleCountry() != null && m.titleCountry().type() == EntityType.COUNTRY
                ? m.titleCountry().referenceIri() : m.titleDefaultCountry();
        return offices.heldAny(m.referenceIri(), country, m.title(), year);
    }

    /** Whether a mention of the person carries a title ("Sir Geoffrey Howe", "President Reagan"). */
    private static boolean holdsOffice(String person, List<Mention> mentions, Map<Mention, String> iriOf) {
        return holdsOffice(person, null, mentions, iriOf);
    }

    /** Whether a mention of the person carries a title of the role (any role but none, if null). */
    private static boolean holdsOffice(String person, TitleRole role, List<Mention> mentions, Map<Mention, String> iriOf) {
        for (Mention o : mentions) {
            if (o.type() == EntityType.PERSON && o.role() != TitleRole.NONE && (role == null || o.role() == role)
                    && person.equals(iriOf.get(o))) return true;
        }
        return false;
    }

    /**
     * A reference leader's family name used alone ("Park", "Abe") is that leader only when the
     * leader was in office in the article's year, or the title before it fits the leader's office
     * ("President Park" for a president), and the name does not go on ("Park Ji-sung").
     */
    private boolean certainFamilyName(Mention m, AnnotatedText text, List<Mention> mentions, int year,
                                      Map<Mention, String> iriOf) {
        // the article names the leader in full
        if (iriOf.containsValue(m.referenceIri())) return true;
        // "Park Ji-sung" anywhere in the article: its "Park" is someone else
        for (Mention o : mentions) {
            if (o.kind() == MentionKind.SHORT_NAME && o.text().equals(m.text()) && text != null
                    && continuesName(o, text, mentions)) {
                return false;
            }
        }
        String country = m.titleCountry() != null && m.titleCountry().type() == EntityType.COUNTRY
                ? m.titleCountry().referenceIri() : m.titleDefaultCountry();
        if (m.role() == TitleRole.LEADER) {
            // a title says which office: it must be one the leader held (in the article's year, if known)
            return offices.heldAny(m.referenceIri(), country, m.title(), year);
        }
        if (m.role() == TitleRole.OFFICIAL) return false;
        return year >= 0 && offices.heldAny(m.referenceIri(), country, null, year);
    }

    /**
     * "Park" in "Park Ji-sung": a capitalised word that no mention covers follows the name; not one that
     * ends an organisation's name ("the Reagan Administration").
     */
    private boolean continuesName(Mention m, AnnotatedText text, List<Mention> mentions) {
        Sentence s = text.sentences().get(m.sentence());
        int next = m.tokenEnd();
        if (next >= s.size()) return false;
        String w = s.token(next).text();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) return false;
        if (lexicon.isOrganisationWord(w)) return false;
        for (Mention o : mentions) {
            if (o.sentence() == m.sentence() && o.tokenStart() <= next && next < o.tokenEnd()) return false;
        }
        return true;
    }

    private static boolean isDescription(Mention m) {
        // a pronoun with an office after its verb ("He was the UK's first black cabinet minister") is resolved
        // as a pronoun: the office is what it says of its antecedent, not who it is
        return m.kind() == MentionKind.ANAPHOR && m.type() == EntityType.PERSON && m.hasTitle() && !m.rule().equals(Mention.PRONOUN)
                && (m.titleCountry() != null || m.rule().equals(Mention.BARE_DESCRIPTION)
                    || m.rule().equals(Mention.ORGANISATION_DESCRIPTION)) && m.role() != TitleRole.NONE;
    }

    /**
     * "the prime minister" with no country: the one person the article has named before with that
     * title; nobody when it has named several ("Prime Minister Abe ... Prime Minister Modi"). When it
     * has named nobody with it, a leader's office is the one person named before whom the reference
     * knows in such an office in the article's year.
     */
    private String bareDescribedIri(Mention d, List<Mention> mentions, Map<Mention, String> iriOf, int year) {
        Set<String> holders = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        for (Mention p : mentions) {
            if (p.begin() >= d.begin()) break;
            if (p.type() != EntityType.PERSON || p.kind() == MentionKind.ANAPHOR || !iriOf.containsKey(p)) continue;
            if (p.hasTitle() && p.role() == d.role() && titlesFit(p.title(), d.title(), d.role())) holders.add(iriOf.get(p));
            named.add(iriOf.get(p));
        }
        // (only with the article's year: an undated "the prime minister" may be one the article never names)
        if (holders.isEmpty() && d.role() == TitleRole.LEADER && year >= 0) {
            // "Tony Blair has predicted ... The prime minister was speaking": the article gives nobody the
            // title, but names one person the reference knows in such an office in its year
            for (String person : named) if (offices.heldAny(person, null, d.title(), year)) holders.add(person);
        }
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /** How far from a titled name the organisation it serves may be named ("X, the President of the European Commission"). */
    private static final int ORGANISATION_REACH = 8;

    /**
     * "the UN chief", "the EU Commission chief": the one titled person named before with a word of the
     * organisation's name in their title phrase or within a few words of their name ("UN
     * Secretary-General Antonio Guterres", "Ursula von der Leyen, the President of the European Union
     * Commission"); nobody when there are several.
     */
    private String organisationHolderIri(Mention d, List<Mention> mentions, Map<Mention, String> iriOf) {
        if (currentText == null) return null;
        String[] words = d.title().split(" ");
        List<String> organisation = List.of(words).subList(0, words.length - 1); // the title's last word is the office
        Set<String> holders = new LinkedHashSet<>();
        for (Mention p : mentions) {
            if (p.begin() >= d.begin()) break;
            if (p.type() != EntityType.PERSON || p.kind() == MentionKind.ANAPHOR || !p.hasTitle() || !iriOf.containsKey(p)) continue;
            Sentence s = currentText.sentences().get(p.sentence());
            int from = p.tokenStart();
            while (from > 0 && s.token(from - 1).begin() >= p.titleBegin()) from--;
            int to = Math.min(s.size(), p.tokenEnd() + ORGANISATION_REACH);
            for (int k = from; k < to; k++) {
                if ((k < p.tokenStart() || k >= p.tokenEnd()) && organisation.contains(s.token(k).text())) holders.add(iriOf.get(p));
            }
        }
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /**
     * The person an office description refers to: the one the article names in that office (the
     * nearest before the description, else the nearest after); failing that, for a leader's office,
     * the one reference holder of the office in the article's year.
     */
    private String describedIri(Mention d, List<Mention> mentions, Map<Mention, String> iriOf, int year) {
        String country = d.titleCountry().referenceIri();
        if (country == null) return null;
        String before = null;
        String after = null;
        for (Mention p : mentions) {
            if (p.type() != EntityType.PERSON || p.kind() == MentionKind.ANAPHOR || !iriOf.containsKey(p)) continue;
            if (!holdsOffice(p, iriOf.get(p), d, country, year)) continue;
            if (p.begin() < d.begin()) before = iriOf.get(p);
            else if (after == null) after = iriOf.get(p);
        }
        if (before != null) return before;
        if (after != null) return after;
        if (d.role() != TitleRole.LEADER || year < 0) return null;
        Set<String> holders = offices.holders(country, d.title(), year);
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /** Whether a person mention shows its person in the described office: by its own title, else by reference tenure. */
    private boolean holdsOffice(Mention p, String iri, Mention d, String country, int year) {
        // "former French President Nicolas Sarkozy" in a 2019 article is not "the French president"
        if (d.role() == TitleRole.LEADER && year >= 0 && offices.heldAny(iri, country, null, -1)
                && !offices.held(iri, country, d.title(), year)) {
            return false;
        }
        if (p.hasTitle() && p.role() == d.role()) {
            String own = p.titleCountry() != null && p.titleCountry().type() == EntityType.COUNTRY
                    ? p.titleCountry().referenceIri() : p.titleDefaultCountry();
            if (own != null) return own.equals(country) && titlesFit(p.title(), d.title(), d.role());
        }
        return d.role() == TitleRole.LEADER && offices.held(iri, country, d.title(), year);
    }

    /** "President" and "president" are one title; a leader's description fits a leader's title of its kind. */
    private boolean titlesFit(String named, String description, TitleRole role) {
        if (named.equalsIgnoreCase(description)) return true;
        // "the British minister": a title that takes a portfolio, written without one, fits any of the state's ministers
        Lexicon.Title generic = lexicon.title(description);
        if (role == TitleRole.OFFICIAL && generic != null && generic.takesPortfolio() && !generic.needsQualifier()) return true;
        // "Chancellor Gordon Brown" is not "the prime minister"
        if (lexicon.titleNamesAnotherOffice(named) || lexicon.titleNamesAnotherOffice(description)) return false;
        return role == TitleRole.LEADER && offices.sameOffice(named, description);
    }

    /** "Abe" in "Shinzo Abe", "bin Salman" in "Mohammed bin Salman": whole words of the full name. */
    private static boolean containsWord(String fullName, String word) {
        return (" " + String.join(" ", fullName.split("[\\s-]+")) + " ")
                .contains(" " + String.join(" ", word.split("[\\s-]+")) + " ");
    }

    private String territoryKind(String iri) {
        ReferenceEntity ref = gazetteer.entity(iri);
        return ref == null ? null : ref.territoryKind();
    }

    /** Where the article first names each state by its name or adjective ("Soviet", "the Soviet Union", "Russia"). */
    private static Map<String, Integer> statesNamed(List<Mention> mentions) {
        Map<String, Integer> named = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.COUNTRY && m.referenceIri() != null
                    && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.DEMONYM)) named.merge(m.referenceIri(), m.begin(), Math::min);
        }
        return named;
    }

    /**
     * An undated article that names a historical state whose seat a capital was before the capital, and never the
     * state that holds the capital now ("Soviet President Gorbachev ... Moscow's acceptance"): the capital stands for
     * the historical state.
     */
    private ReferenceEntity formerStateNamed(Mention capital, Map<String, Integer> statesNamed) {
        if (statesNamed.containsKey(capital.referenceIri())) return null;
        for (String former : formerStatesBySeat.getOrDefault(capital.text().toLowerCase(java.util.Locale.ROOT), Set.of())) {
            Integer first = statesNamed.get(former);
            if (first != null && first < capital.begin()) return gazetteer.entity(former);
        }
        return null;
    }

    /**
     * Adds to {@code pair}, up to two, the entities named nearest before the anaphor in its sentence, of its type, by a
     * name (not a pronoun) that {@code which} accepts and whose entity {@code fits}.
     */
    private void addNamedBefore(Mention a, List<Mention> mentions, Map<Mention, String> iriOf, java.util.function.Predicate<String> fits,
                                java.util.function.Predicate<Mention> which, Set<String> pair) {
        for (int i = mentions.size() - 1; i >= 0 && pair.size() < 2; i--) {
            Mention m = mentions.get(i);
            if (m.sentence() == a.sentence() && m.begin() < a.begin() && m.type() == a.type() && iriOf.containsKey(m)
                    && !m.rule().equals(Mention.PRONOUN) && fits.test(iriOf.get(m)) && which.test(m)) {
                pair.add(iriOf.get(m));
            }
        }
    }

    private boolean inRelativeClauseBefore(Mention m, Mention a) {
        return currentText != null && Mentions.insideClosedRelativeClause(currentText.sentences().get(m.sentence()), m, a.begin(),
                lexicon.territoryCues()::isRelativePronoun);
    }

    /** A venue ("at the Vatican") or the dateline's capital: where something happened, not who did it. */
    private boolean isPlaceOnly(Mention m) {
        // (a city names its state only as a place: "in Russia's Kazan" is Russia twice, both times the venue)
        if (m.kind() == MentionKind.CITY || isVenue(m) || currentText != null && Datelines.isDateline(currentText, m)) return true;
        // "at the Vatican": a determiner may stand between
        if (currentText == null || m.tokenStart() < 2) return false;
        Sentence s = currentText.sentences().get(m.sentence());
        String before = s.token(m.tokenStart() - 2).lower();
        return lexicon.territoryCues().isDescriptionDeterminer(s.token(m.tokenStart() - 1).lower()) && (before.equals("in") || before.equals("at"));
    }

    /** A place named after "in" or "at": where something happened, seldom a party to it. */
    private boolean isVenue(Mention m) {
        if (currentText == null || m.tokenStart() == 0) return false;
        String before = currentText.sentences().get(m.sentence()).token(m.tokenStart() - 1).lower();
        return before.equals("in") || before.equals("at");
    }

    private List<String> resolveAnaphor(Mention a, List<Mention> mentions, Map<Mention, String> iriOf,
                                        Map<String, Builder> entities) {
        boolean isPair = a.rule().equals(Mention.PAIR) || a.rule().equals(Mention.LEADER_PAIR) || a.rule().equals(Mention.OFFICIAL_PAIR);
        if (a.rule().equals(Mention.DATELINE)) {
            // the state the dateline capital was linked to (in 1987, "MOSCOW" is the Soviet Union)
            Mention dateline = null;
            for (Mention m : mentions) {
                if (m.begin() < a.begin() && m.kind() == MentionKind.CAPITAL && m.tokenStart() == 0 && iriOf.containsKey(m)
                        && java.util.Objects.equals(m.referenceIri(), a.referenceIri())) dateline = m;
            }
            return dateline == null ? List.of() : List.of(iriOf.get(dateline));
        }
        if (a.rule().equals(Mention.OWN_STATE)) {
            // "Pakistani PM Shehbaz Sharif renewed his country's claim": the state the person's title names
            Mention person = personBefore(a, mentions, iriOf, Gender.ofPronoun(a.text().split(" ")[0]), null);
            String state = person == null ? null : stateOfTitled(iriOf.get(person), mentions, iriOf);
            return state == null ? List.of() : List.of(state);
        }
        if (a.rule().equals(Mention.SUBJECT_STATE)) {
            // "China seized the Paracels in 1974. It has held them since.": the state the sentence before opens with
            Mention subject = Mentions.subjectState(currentText, mentions.stream().filter(m -> m.sentence() == a.sentence() - 1).toList(),
                    lexicon.territoryCues()::isSpeechVerb);
            return subject == null || !iriOf.containsKey(subject) ? List.of() : List.of(iriOf.get(subject));
        }
        if (a.rule().equals(Mention.LEADERS_OF_STATES)) return leadersOfStates(a, mentions, iriOf);
        if (a.rule().equals(Mention.SPEAKER_STATE)) {
            String state = speakerState(a, mentions, iriOf);
            return state == null ? List.of() : List.of(state);
        }
        if (!isPair && a.type() != EntityType.PERSON) {
            return new PlaceAnaphors(currentText, iri -> entities.get(iri).types, iri -> entities.get(iri).label, this::territoryKind, lexicon.territoryCues(), placeGroups)
                    .resolve(a, mentions, iriOf);
        }
        if (!isPair) {
            // "During his visit to Tokyo, Modi met Abe": a pronoun in a fronted phrase, with no person
            // before it, points forward to the first person after the comma that ends the phrase
            // "she" is not a man the article calls "Mr Ryzhkov"; it prefers a woman named within reach
            Gender gender = a.rule().equals(Mention.PRONOUN) ? Gender.ofPronoun(a.text()) : null;
            String ahead = cataphor(a, mentions, iriOf);
            if (ahead != null && gender != null && genderOf.getOrDefault(ahead, gender) != gender) ahead = null;
            Mention antecedent = ahead != null ? null : personBefore(a, mentions, iriOf, gender, objectPronoun(a) ? clauseSubject(a, mentions, iriOf) : null);
            String person = ahead != null ? ahead : antecedent == null ? null : iriOf.get(antecedent);
            // only a pronoun resolved to a name carries it on: a chain of pronouns drifts from it
            if (a.rule().equals(Mention.PRONOUN) && person != null && (antecedent == null || !antecedent.rule().equals(Mention.PRONOUN))) {
                iriOf.put(a, person);
            }
            if (a.rule().equals(Mention.SPOUSE)) return person == null ? List.of() : namesake(person, mentions, iriOf, entities);
            return person == null ? List.of() : List.of(person);
        }
        // "the two leaders": only persons the article gives a leader's title, or the reference knows
        TitleRole holders = a.rule().equals(Mention.LEADER_PAIR) ? TitleRole.LEADER
                : a.rule().equals(Mention.OFFICIAL_PAIR) ? TitleRole.OFFICIAL : null;
        java.util.function.Predicate<String> fits = person -> holders == null || gazetteer.entity(person) != null
                || holdsOffice(person, holders, mentions, iriOf);
        Set<String> pair = new LinkedHashSet<>();
        // "Putin had spoken with both leaders by phone": the object of a verb or preposition is others than
        // the persons named before it in its sentence, who act on them
        Set<String> actors = new java.util.HashSet<>();
        boolean states = a.type() == EntityType.COUNTRY;
        if (objectOfClause(a)) {
            for (Mention m : mentions) {
                if (m.sentence() != a.sentence() || m.begin() >= a.begin() || m.type() != EntityType.PERSON || !iriOf.containsKey(m)) continue;
                // two states: not the state of the one who acts on them ("Pompeo had spoken to Qureshi and Swaraj and urged
                // both sides"), taken as the sentence's first person where a finite verb governs the pair and no relative
                // clause stands between ("a resolution urging the two countries", "a dispute that has kept the two
                // countries from signing" are no person's acts)
                if (states && (m != firstPerson(a.sentence(), mentions) || !afterFiniteVerb(a) || relativeBetween(m, a))) continue;
                String actor = states ? (m.kind() == MentionKind.ANAPHOR ? null : stateOfPerson(iriOf.get(m), mentions, iriOf)) : iriOf.get(m);
                if (actor != null) actors.add(actor);
            }
            // ... nor a state that opens the sentence as the subject of that verb ("Washington, Manila's treaty ally,
            // called on both sides to exercise restraint")
            for (Mention m : mentions) {
                if (!states || m.sentence() != a.sentence() || m.begin() >= a.begin() || m.type() != EntityType.COUNTRY
                        || !Mentions.isStateByName(m) || !iriOf.containsKey(m) || !opensSentence(m, mentions)) continue;
                if (afterFiniteVerb(a) && !relativeBetween(m, a)) actors.add(iriOf.get(m));
                break;
            }
        }
        // a state that qualifies a person's title is the person's, not one named as a party ("Malaysian Prime Minister
        // Anwar said after hosting the leaders of the two countries")
        Set<Mention> qualifiers = new java.util.HashSet<>();
        for (Mention m : mentions) if (m.type() == EntityType.PERSON && m.titleCountry() != null) qualifiers.add(m.titleCountry());
        // first the nearest ones named earlier in the same sentence ("Trump met Modi ... their meeting"); for two
        // states, not a venue nor a dateline ("Argentina and Chile signed a treaty at the Vatican, ending a dispute
        // that brought the two countries close to war")
        // (nor one named in a relative clause closed before it: "exchanged a high-five with Crown Prince Mohammed bin
        // Salman, who is under pressure over the killing of Jamal Khashoggi, and the two held talks")
        if (actors.isEmpty() || states) {
            addNamedBefore(a, mentions, iriOf, fits.and(iri -> !actors.contains(iri)),
                    m -> !(states && (isPlaceOnly(m) || qualifiers.contains(m))) && !inRelativeClauseBefore(m, a), pair);
        }
        // "Marcos spoke with U.S. Secretary of State Blinken, and the two reaffirmed the treaty between their
        // countries": the states of the persons named earlier in the sentence
        if (pair.size() < 2 && a.type() == EntityType.COUNTRY) {
            for (Mention m : mentions) {
                if (pair.size() == 2) break;
                if (m.sentence() != a.sentence() || m.begin() >= a.begin() || m.type() != EntityType.PERSON
                        || m.kind() == MentionKind.ANAPHOR || !iriOf.containsKey(m) || afterNotAPartyWord(m)) continue;
                String state = stateOfPerson(iriOf.get(m), mentions, iriOf);
                if (state != null && !actors.contains(state)) pair.add(state);
            }
        }
        // ("Defence Minister Singh met his Chinese counterpart in Moscow, ... between the two sides": a venue only where
        // no party is left)
        if (states && pair.size() == 1 && actors.isEmpty()) addNamedBefore(a, mentions, iriOf, fits, this::isPlaceOnly, pair);
        // "Canada and Denmark argued over the island. Both countries have claimed it": two states, and only two,
        // named in the sentence before are the pair, however often a third was named further back
        if (pair.isEmpty() && a.type() == EntityType.COUNTRY) {
            Set<String> before = new LinkedHashSet<>();
            for (Mention m : mentions) {
                // (by name: a capital or an adjective there is often a venue or a title, "flew in from Helsinki")
                // (and the state a pronoun that opens it stands for: "It claims the land ... administered by Belize but
                // also claimed by Honduras" names three)
                if (m.sentence() != a.sentence() - 1 || m.type() != EntityType.COUNTRY) continue;
                if (m.kind() == MentionKind.NAME && iriOf.containsKey(m)) before.add(iriOf.get(m));
                if (Mention.SUBJECT_STATE.equals(m.rule())) {
                    Mention subject = Mentions.subjectState(currentText, mentions.stream().filter(o -> o.sentence() == m.sentence() - 1).toList(),
                            lexicon.territoryCues()::isSpeechVerb);
                    if (subject != null && iriOf.containsKey(subject)) before.add(iriOf.get(subject));
                }
            }
            if (before.size() == 2) return List.copyOf(before);
        }
        // "Abiy and Isaias declared an end to the war ... The two men held talks": two persons that open a sentence
        // before as its subject are the pair, before any named more often
        // "Thailand and Cambodia agreed to a ceasefire ... [five sentences on the mediators] ... temples claimed by both
        // countries": a pair of states named together before, the last one, before single states named lately
        if (pair.isEmpty() && a.type() == EntityType.COUNTRY) {
            List<String> together = lastStatePair(a, mentions, iriOf, actors);
            if (together != null) return together;
        }
        if (pair.isEmpty() && a.type() == EntityType.PERSON) {
            // ("both leaders" may look back as far as the salience below does for holders of its office)
            int reach = holders != null ? OFFICE_PAIR_REACH : ANAPHOR_REACH;
            for (int k = a.sentence() - 1; k >= Math.max(0, a.sentence() - reach); k--) {
                List<String> opening = openingPersonPair(k, mentions, iriOf);
                if (opening != null && opening.stream().allMatch(fits) && opening.stream().noneMatch(actors::contains)) {
                    return opening;
                }
            }
        }
        // then the most salient of the sentences before: named often and lately; "both leaders" may look
        // further back for the holders of its office ("Japarov and Rahmon agreed ... [five sentences] ... Putin
        // had spoken with both leaders")
        int[] reaches = holders != null ? new int[] {ANAPHOR_REACH + 1, OFFICE_PAIR_REACH} : new int[] {ANAPHOR_REACH + 1};
        for (int reach : reaches) {
            if (pair.size() == 2) break;
            Map<String, Double> salience = new HashMap<>();
            for (Mention m : mentions) {
                int distance = a.sentence() - m.sentence();
                // two states: the article's topic counts too, each state by how often it was named before at all (the
                // mediator named in the last sentences is seldom one of "the two countries")
                // (a venue or the dateline half: "jobs in Canada")
                // (a city not at all: it is where something happened, "in Russia's Kazan")
                if (states && m.kind() == MentionKind.CITY) continue;
                if (states && distance >= 1 && m.type() == EntityType.COUNTRY && m.kind() != MentionKind.ANAPHOR && iriOf.containsKey(m)) {
                    salience.merge(iriOf.get(m), isPlaceOnly(m) ? TOPIC_WEIGHT / 2 : TOPIC_WEIGHT, Double::sum);
                }
                // a pair resolved before goes on ("urged both sides ... Tensions between the neighbours"), further back too
                // ("prosperity to both countries ... [six sentences] ... talks between the two nations")
                List<String> earlierPair = states && distance >= 1 ? statePairs.get(m) : null;
                if (earlierPair != null) {
                    for (String state : earlierPair) salience.merge(state, Math.max(1.0 / (distance + 1), EARLIER_PAIR_WEIGHT), Double::sum);
                }
                if (distance < 1 || distance > reach) continue;
                // "the two foes": the states whose people act count again; a venue ("met in Singapore") half
                Mention stateOfPerson = a.type() == EntityType.COUNTRY && m.type() == EntityType.PERSON ? m.titleCountry() : null;
                if (stateOfPerson != null && iriOf.containsKey(stateOfPerson)) {
                    salience.merge(iriOf.get(stateOfPerson), 1.0 / (distance + 1), Double::sum);
                }
                // names count, not the pronouns that carry them on
                if (m.type() != a.type() || !iriOf.containsKey(m) || m.rule().equals(Mention.PRONOUN)) continue;
                if (!fits.test(iriOf.get(m))) continue;
                // (an adjective half too: "British Columbians" names no party)
                double weight = isPlaceOnly(m) || states && m.kind() == MentionKind.DEMONYM ? 0.5 : 1.0;
                salience.merge(iriOf.get(m), weight / (distance + 1), Double::sum);
            }
            salience.entrySet().stream()
                    .filter(e -> !pair.contains(e.getKey()) && !actors.contains(e.getKey()))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(2 - pair.size())
                    .forEach(e -> pair.add(e.getKey()));
        }
        return pair.size() == 2 ? List.copyOf(pair) : List.of();
    }

    /**
     * Whether a person's phrase (with its title) follows a word after which a person is a host or go-between, not one of
     * "the two" ("In a declaration read out by Gonsalves, the neighbours agreed": `not-a-party` rows of
     * lexicon/anaphors.tsv).
     */
    private boolean afterNotAPartyWord(Mention m) {
        if (currentText == null) return false;
        Sentence s = currentText.sentences().get(m.sentence());
        int first = m.tokenStart();
        while (first > 0 && s.token(first - 1).begin() >= m.titleBegin()) first--;
        return first > 0 && lexicon.isNotAPartyWord(s.token(first - 1).lower());
    }

    /**
     * The two persons a sentence opens with as its subject, joined by "and" before any verb ("Ethiopian Prime
     * Minister Abiy Ahmed and Eritrean President Isaias Afwerki declared"), or the pair a pair anaphor opening it
     * was resolved to ("The two leaders agreed"), or null.
     */
    private List<String> openingPersonPair(int sentence, List<Mention> mentions, Map<Mention, String> iriOf) {
        if (currentText == null) return null;
        Mention first = null, second = null;
        for (Mention m : mentions) {
            if (m.sentence() != sentence || m.kind() == MentionKind.DEMONYM || m.type() != EntityType.PERSON && m.kind() != MentionKind.ANAPHOR) {
                if (m.sentence() == sentence && first == null && m.type() == EntityType.COUNTRY && m.kind() == MentionKind.NAME
                        && !Datelines.isDateline(currentText, m) && m.titleBegin() == m.begin()) {
                    return null; // a state opens the sentence
                }
                continue;
            }
            // "The two leaders agreed to meet again. Lula spoke by phone with both men": a pair that opened it goes on
            if (m.kind() == MentionKind.ANAPHOR) return first == null && m.tokenStart() == 0 ? personPairs.get(m) : null;
            if (first == null) first = m;
            else { second = m; break; }
        }
        if (first == null || second == null || !iriOf.containsKey(first) || !iriOf.containsKey(second)) return null;
        if (!org.diplograph.mention.Mentions.joinedSubjectPair(currentText.sentences().get(sentence), first, second)) return null;
        if (iriOf.get(first).equals(iriOf.get(second))) return null;
        return List.of(iriOf.get(first), iriOf.get(second));
    }

    /**
     * The first person named in the anaphor's sentence before it, else in the previous ones; of a
     * pronoun's gender, a person who shows the other is passed over, and for "she" a woman comes first
     * (most persons in the news show none, and most of those are men).
     */
    private Mention personBefore(Mention a, List<Mention> mentions, Map<Mention, String> iriOf, Gender gender, String notThis) {
        // a pronoun resolved before carries its person on, but only where no one is named within reach
        // ("Mr Blair said ... he joked. The prime minister took charge ... He also spoke")
        boolean preferShown = gender == Gender.FEMALE;
        for (boolean shownOnly : preferShown ? new boolean[] {true, false} : new boolean[] {false}) {
            for (boolean chain : new boolean[] {false, true}) {
                for (int s = a.sentence(); s >= a.sentence() - ANAPHOR_REACH && s >= 0; s--) {
                    for (Mention m : mentions) {
                        // an office description ("the French president") is an antecedent only in its own sentence, or as
                        // the subject that opens the sentence before ("The Indian PM told Putin ... On Wednesday he also met")
                        if (m.sentence() == s && m.type() == EntityType.PERSON && iriOf.containsKey(m) && m.begin() < a.begin()
                                && (m.rule().equals(Mention.PRONOUN) ? chain
                                    : s == a.sentence() || m.kind() != MentionKind.ANAPHOR || opensSentence(m, mentions))
                                && agrees(iriOf.get(m), gender, shownOnly) && !iriOf.get(m).equals(notThis)) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The state that a title of the person names in the article ("Pakistani PM X"), or null. */
    /**
     * The state an "our" inside a quotation stands for: that of whoever speaks it, the person or state named right
     * after the quotation closes ('"Dokdo is our territory," Foreign Minister Park Jin said', '..., Seoul said') or
     * else the last one named before it opens ('Park said: "..."'). A person's state is their title's, or the one
     * state the reference has them hold office in that the article names.
     */
    private String speakerState(Mention our, List<Mention> mentions, Map<Mention, String> iriOf) {
        var s = currentText.sentences().get(our.sentence());
        int[] quotation = Mentions.quotationAround(s, our.tokenStart());
        if (quotation == null) return null;
        Mention speaker = null;
        // a quotation spoken ends in a comma or a full stop before its mark ('our territory," he said'), one that is
        // opened after a colon or a comma ('Park said: "'); a quoted sign or slogan is no one's words
        boolean spokenBefore = Mentions.closesSpokenWords(s, quotation[1]);
        boolean spokenAfter = quotation[0] > 0 && SPOKEN_OPENS.contains(s.token(quotation[0] - 1).text());
        if (spokenBefore) {
            for (Mention m : mentions) {
                if (m.sentence() == our.sentence() && m.tokenStart() > quotation[1] && m.tokenStart() <= quotation[1] + SPEAKER_REACH
                        && m.type() != EntityType.TERRITORY && (speaker == null || m.tokenStart() < speaker.tokenStart())) speaker = m;
            }
        }
        if (speaker == null && spokenAfter) {
            for (Mention m : mentions) {
                if (m.sentence() == our.sentence() && m.tokenEnd() <= quotation[0] && m.type() != EntityType.TERRITORY) speaker = m;
            }
        }
        if (speaker == null) return null;
        if (speaker.type() == EntityType.COUNTRY) return iriOf.get(speaker);
        String person = iriOf.get(speaker);
        if (person == null && speaker.rule().equals(Mention.PRONOUN)) {
            Mention named = personBefore(speaker, mentions, iriOf, Gender.ofPronoun(speaker.text()), null);
            person = named == null ? null : iriOf.get(named);
        }
        return person == null ? null : stateOfPerson(person, mentions, iriOf);
    }

    private static String stateOfTitled(String person, List<Mention> mentions, Map<Mention, String> iriOf) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && person.equals(iriOf.get(m)) && m.titleCountry() != null
                    && m.titleCountry().type() == EntityType.COUNTRY && iriOf.containsKey(m.titleCountry())) {
                return iriOf.get(m.titleCountry());
            }
        }
        return null;
    }

    /**
     * "talks with the leaders of Armenia and Azerbaijan": for each state named inside the phrase, the person the article
     * gives that state's leader's title (or the reference has leading it in the article's year) who is named nearest to
     * the phrase, before it first; a state whose leader the article does not name adds no one.
     */
    private List<String> leadersOfStates(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        List<String> out = new ArrayList<>();
        for (Mention state : mentions) {
            if (state.type() != EntityType.COUNTRY || state.begin() < a.begin() || state.end() > a.end() || state == a
                    || !iriOf.containsKey(state)) continue;
            String country = iriOf.get(state);
            Mention best = null;
            for (Mention p : mentions) {
                if (p.type() != EntityType.PERSON || p.kind() == MentionKind.ANAPHOR || !iriOf.containsKey(p)) continue;
                String person = iriOf.get(p);
                boolean leads = p.hasTitle() && p.role() == TitleRole.LEADER && country.equals(stateOfTitled(person, mentions, iriOf))
                        || offices.held(person, country, null, articleYear);
                if (!leads) continue;
                if (best == null || closer(p, best, a)) best = p;
            }
            if (best != null && !out.contains(iriOf.get(best))) out.add(iriOf.get(best));
        }
        return out;
    }

    /** Whether p is named nearer to the anaphor than q: before it first, then after it. */
    private static boolean closer(Mention p, Mention q, Mention a) {
        boolean pBefore = p.begin() < a.begin(), qBefore = q.begin() < a.begin();
        if (pBefore != qBefore) return pBefore;
        return pBefore ? p.begin() > q.begin() : p.begin() < q.begin();
    }

    /**
     * The state of a person: the one a title of theirs names in the article, else the only state the
     * reference has them hold office in that the article names.
     */
    private String stateOfPerson(String person, List<Mention> mentions, Map<Mention, String> iriOf) {
        String titled = stateOfTitled(person, mentions, iriOf);
        if (titled != null) return titled;
        var ref = gazetteer.entity(person);
        if (ref == null) return null;
        Set<String> named = new java.util.HashSet<>();
        for (var t : ref.tenures()) {
            for (Mention m : mentions) {
                if (m.type() == EntityType.COUNTRY && t.countryIri().equals(iriOf.get(m))) named.add(t.countryIri());
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * The last two states named together before the pair anaphor in its article, each by its name or capital
     * ("Thailand and Cambodia", "Thailand, Cambodia agree"), joined by "and" or a comma alone, neither of them
     * {@code excluded}; or null.
     */
    private List<String> lastStatePair(Mention a, List<Mention> mentions, Map<Mention, String> iriOf, Set<String> excluded) {
        if (currentText == null) return null;
        List<String> last = null;
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention x = mentions.get(i), y = mentions.get(i + 1);
            if (y.begin() >= a.begin()) break;
            // (by name or capital: "the American and Chinese ambassadors" names no pair of parties)
            if (x.sentence() != y.sentence() || x.type() != EntityType.COUNTRY || y.type() != EntityType.COUNTRY
                    || !Mentions.isStateByName(x) || !Mentions.isStateByName(y)
                    || !iriOf.containsKey(x) || !iriOf.containsKey(y) || iriOf.get(x).equals(iriOf.get(y))) continue;
            Sentence s = currentText.sentences().get(x.sentence());
            if (y.tokenStart() != x.tokenEnd() + 1) continue;
            String joiner = s.token(x.tokenEnd()).lower();
            if (!joiner.equals("and") && !joiner.equals(",")) continue;
            // (not the first two of a longer list: "Malaysia, China and the US")
            if (joiner.equals(",") && y.tokenEnd() < s.size() && (s.token(y.tokenEnd()).lower().equals("and")
                    || s.token(y.tokenEnd()).text().equals(","))) continue;
            if (i > 0 && mentions.get(i - 1).sentence() == x.sentence() && mentions.get(i - 1).tokenEnd() == x.tokenStart() - 1
                    && mentions.get(i - 1).type() == EntityType.COUNTRY && s.token(x.tokenStart() - 1).text().equals(",")) continue;
            if (excluded.contains(iriOf.get(x)) || excluded.contains(iriOf.get(y))) continue;
            // (two parties: the pair that opens its sentence, "Thailand and Cambodia agreed", or follows "between";
            // not a list of objects, "backed by its allies Russia and China")
            boolean between = x.tokenStart() > 0 && s.token(x.tokenStart() - 1).lower().equals("between");
            if (!between && !opensSentence(x, mentions)) continue;
            last = List.of(iriOf.get(x), iriOf.get(y));
        }
        return last;
    }

    /**
     * Whether nothing but a dateline, punctuation and a determiner stands before the mention (with its title) in its
     * sentence: its subject ("PUTRAJAYA - Thailand and Cambodia agreed", "The Indian PM told Putin").
     */
    private boolean opensSentence(Mention m, List<Mention> mentions) {
        if (currentText == null) return false;
        Sentence s = currentText.sentences().get(m.sentence());
        int from = 0;
        for (Mention d : mentions) {
            if (d.sentence() == m.sentence() && d != m && d.tokenEnd() <= m.tokenStart() && Datelines.isDateline(currentText, d)) {
                from = Math.max(from, d.tokenEnd());
            }
        }
        for (int k = from; k < m.tokenStart() && s.token(k).begin() < m.titleBegin(); k++) {
            String pos = s.token(k).pos();
            if (!pos.equals("PUNCT") && !pos.equals("DET") && !pos.equals("SYM")) return false;
        }
        return true;
    }

    /**
     * Whether the word before the mention is a verb, not a participle in -ing ("urged both sides", not "urging"), or
     * a verb and its particle ("called on both sides", "appealed to the two countries").
     */
    private boolean afterFiniteVerb(Mention a) {
        Sentence s = currentText.sentences().get(a.sentence());
        if (a.tokenStart() == 0) return false;
        int k = a.tokenStart() - 1;
        if (s.token(k).pos().equals("ADP") && k > 0 && s.token(k - 1).pos().startsWith("VERB")) k--;
        var before = s.token(k);
        return before.pos().startsWith("VERB") && !before.lower().endsWith("ing");
    }

    /** Whether a relative pronoun ("which", "who") or "that" stands between the two mentions of one sentence. */
    private boolean relativeBetween(Mention first, Mention a) {
        Sentence s = currentText.sentences().get(a.sentence());
        for (int k = first.tokenEnd(); k < a.tokenStart(); k++) {
            if (lexicon.territoryCues().isRelativePronoun(s.token(k).lower()) || s.token(k).lower().equals("that")) return true;
        }
        return false;
    }

    /** The first person named in the sentence, or null. */
    private static Mention firstPerson(int sentence, List<Mention> mentions) {
        Mention first = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.type() == EntityType.PERSON && (first == null || m.begin() < first.begin())) first = m;
        }
        return first;
    }

    /** "spoke with both leaders", "telephoned the two men": a phrase right after a verb or a preposition. */
    private boolean objectOfClause(Mention a) {
        // ("their" is a possessor, not an object: "X and Y reaffirmed their commitment")
        if (currentText == null || a.tokenStart() == 0 || !a.text().contains(" ")) return false;
        Sentence s = currentText.sentences().get(a.sentence());
        String pos = s.token(a.tokenStart() - 1).pos();
        // "before the two were joined by": a verb after it makes it the subject of a clause the word before opens
        if (a.tokenEnd() < s.size() && (s.token(a.tokenEnd()).pos().startsWith("VERB") || s.token(a.tokenEnd()).pos().startsWith("AUX"))) return false;
        return pos.startsWith("VERB") || pos.startsWith("ADP");
    }

    /** "met him", "talks with her" (not "her visit"): a pronoun that is a verb's or preposition's object. */
    private boolean objectPronoun(Mention a) {
        String w = a.text().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("him")) return true;
        if (!w.equals("her") || currentText == null) return false;
        Sentence s = currentText.sentences().get(a.sentence());
        if (a.tokenEnd() >= s.size()) return true;
        String next = s.token(a.tokenEnd()).pos();
        return !(next.startsWith("NOUN") || next.startsWith("ADJ") || next.startsWith("NUM") || s.token(a.tokenEnd()).isProperNoun());
    }

    /**
     * The person an object pronoun cannot be: the subject of its own clause, taken as the last person
     * named before it in its sentence ("Gorbachev, who had talks with her": not Gorbachev).
     */
    private String clauseSubject(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        Mention subject = null;
        for (Mention m : mentions) {
            if (m.sentence() == a.sentence() && m.end() <= a.begin() && m.type() == EntityType.PERSON
                    && !m.rule().equals(Mention.PRONOUN) && iriOf.containsKey(m)) subject = m;
        }
        if (subject == null) return null;
        // "Putin visited Sevastopol, angering Kyiv, which accused him": a state opens the pronoun's own clause
        for (Mention m : mentions) {
            if (m.sentence() == a.sentence() && m.type() == EntityType.COUNTRY && m.begin() >= subject.end() && m.end() <= a.begin()
                    && opensRelativeClause(m)) return null;
        }
        return iriOf.get(subject);
    }

    /** A name followed by ", which" or ", who": the subject of the relative clause after it. */
    private boolean opensRelativeClause(Mention m) {
        if (currentText == null) return false;
        Sentence s = currentText.sentences().get(m.sentence());
        return m.tokenEnd() + 1 < s.size() && s.token(m.tokenEnd()).text().equals(",")
                && lexicon.territoryCues().isRelativePronoun(s.token(m.tokenEnd() + 1).lower());
    }

    /** Whether the person may be what a pronoun of the gender refers to (with {@code shownOnly}: shows that gender). */
    private boolean agrees(String person, Gender gender, boolean shownOnly) {
        if (gender == null) return true;
        Gender shown = genderOf.get(person);
        return shownOnly ? shown == gender : shown == null || shown == gender;
    }

    /**
     * "JD Vance, his wife ...", then "JD Vance and Usha Vance": the one other person the article names
     * with the family name of the person; none when two others share it.
     */
    private static List<String> namesake(String person, List<Mention> mentions, Map<Mention, String> iriOf,
                                         Map<String, Builder> entities) {
        String family = familyName(entities.get(person).label);
        Set<String> found = new LinkedHashSet<>();
        for (Mention m : mentions) {
            String iri = iriOf.get(m);
            if (m.type() != EntityType.PERSON || m.kind() == MentionKind.ANAPHOR || iri == null || iri.equals(person)) continue;
            String label = entities.get(iri).label;
            if (label.contains(" ") && familyName(label).equals(family)) found.add(iri);
        }
        return found.size() == 1 ? List.copyOf(found) : List.of();
    }

    private static String familyName(String label) {
        return label.substring(label.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private String cataphor(Mention a, List<Mention> mentions, Map<Mention, String> iriOf) {
        if (currentText == null || a.tokenStart() > 2) return null; // the phrase opens the sentence: "During his visit"
        for (Mention m : mentions) {
            if (m.sentence() == a.sentence() && m.type() == EntityType.PERSON && m.begin() < a.begin()) return null;
        }
        var sentence = currentText.sentences().get(a.sentence());
        if (a.tokenStart() == 0) return null; // "He met with Prime Minister X, Foreign Minister Y": the subject
        int comma = -1;
        for (int k = a.tokenEnd(); k < sentence.size() && comma < 0; k++) if (sentence.token(k).text().equals(",")) comma = k;
        if (comma < 0) return null;
        int commaBegin = sentence.token(comma).begin();
        for (Mention m : mentions) {
            if (m.sentence() != a.sentence() || m.begin() < commaBegin) continue;
            if (m.type() != EntityType.PERSON || m.kind() == MentionKind.ANAPHOR || !iriOf.containsKey(m)) continue;
            // the subject right after the comma ("..., Indian Prime Minister Narendra Modi held talks")
            int titleStartToken = m.tokenStart();
            for (var t : sentence.tokens()) if (t.begin() == m.titleBegin()) titleStartToken = t.index();
            if (titleStartToken > comma + 3) return null;
            // only inside a phrase that a preposition or conjunction opens ("During his", "When he"), read last:
            // the tag makes the sentence be tagged
            String opener = sentence.token(0).pos();
            if (!(opener.startsWith("ADP") || opener.startsWith("SCONJ") || opener.startsWith("ADV"))) return null;
            // "When he was in Tokyo, Japanese Foreign Minister X told ...": the phrase names the place of
            // that person's own state, so its pronoun is someone who came there, named before
            String state = m.titleCountry() == null ? null : iriOf.get(m.titleCountry());
            for (Mention place : mentions) {
                if (state != null && place.sentence() == a.sentence() && place.begin() > a.end() && place.begin() < commaBegin
                        && place.type() == EntityType.COUNTRY && state.equals(iriOf.get(place))) return null;
            }
            return iriOf.get(m);
        }
        return null;
    }

    private static final class Builder {
        final String iri;
        final EntityType type;
        final String label;
        final Set<String> alt = new LinkedHashSet<>();
        final Set<EntityType> types = new LinkedHashSet<>();

        Builder(String iri, EntityType type, String label) {
            this.iri = iri;
            this.type = type;
            this.label = label;
        }

        void seen(String form) {
            if (!form.equals(label)) alt.add(form);
        }

        Entity build() { return new Entity(iri, type, label, alt, types); }
    }
}

package org.diplograph.relation;

import java.util.List;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.TitleRole;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;
import org.diplograph.mention.Datelines;
import org.diplograph.mention.Mention;
import org.diplograph.mention.Mentions;
import org.diplograph.nlp.Sentence;

/**
 * Offices read from titles ({@code ontology/lexicon/titles.tsv}) that the mention stage attached
 * to a person: "Chinese President Xi Jinping" gives leaderOf, "Putin's spokesman Dmitry Peskov"
 * officialOf (the country of the title, or of the person whose title it is). A leader's title
 * with no country gives the country the reference tenures name for the article's year, with a
 * lower confidence. "his Turkish counterpart X" gives leaderOf when the person whose counterpart
 * X is (the nearest person before, in the sentence or the one before) is a leader, officialOf
 * when an official or not known to be a leader.
 */
public final class TitleExtractor implements RelationExtractor {
    static final double TITLE_CONFIDENCE = 0.95;
    static final double TITLE_FROM_REFERENCE_CONFIDENCE = 0.7;

    /** How far before a role phrase with no name a negation or modal cancels it ("was never the Venezuelan president"). */
    private static final int NEGATION_WINDOW = 3;

    private final Gazetteer gazetteer;
    private final java.util.Set<String> negations;
    /** The titles of lexicon/titles.tsv (what a leader's title names in one state: "official-in") and the words before them. */
    private final Lexicon lexicon;
    /** Nouns of a government named after its head ("government", "regime", "junta": word class regime_noun). */
    private final java.util.Set<String> regimeNouns;

    /** Words after which an aside tells how the state that opens the sentence acted ("..., with Foreign Minister X saying"). */
    private final java.util.Set<String> elaborationMarkers;

    /**
     * {@code negations}: words that, just before a role phrase with no name, cancel it (the relation rules' blockers);
     * {@code elaborationMarkers}: the elaboration-marker words of rules/matcher-words.tsv.
     */
    public TitleExtractor(Gazetteer gazetteer, java.util.Set<String> negations,
                          Lexicon lexicon, java.util.Set<String> regimeNouns, java.util.Set<String> elaborationMarkers) {
        this.gazetteer = gazetteer;
        this.negations = negations;
        this.lexicon = lexicon;
        this.regimeNouns = regimeNouns;
        this.elaborationMarkers = elaborationMarkers;
    }

    /** "the government of TITLE NAME", "the military regime of TITLE NAME": the title follows a regime noun and "of". */
    private boolean governedBy(Sentence s, Mention m) {
        int title = titleToken(s, m);
        if (title < 2 || !s.token(title - 1).lower().equals("of")) return false;
        return regimeNouns.contains(s.token(title - 2).lower());
    }

    @Override
    public String name() { return "titles"; }

    @Override
    public List<Fact> extract(LinkedArticle article, List<Fact> earlier) {
        FactCollector facts = new FactCollector();
        int year = article.article().dateIfKnown().map(d -> d.getYear()).orElse(-1);
        StatesOfPersons states = new StatesOfPersons(gazetteer, year, earlier);
        String datelineState = datelineState(article);
        // first pass: titles naming a country; second: titles whose country is another person's;
        // third: counterparts, whose office is of the same kind as the other person's
        for (int pass = 0; pass < 3; pass++) {
            for (LinkedMention lm : article.mentions()) {
                Mention m = lm.mention();
                if (m.type() != EntityType.PERSON || m.role() == TitleRole.NONE || lm.isGroup()) continue;
                boolean ofAnother = m.role() == TitleRole.COUNTERPART || m.role() == TitleRole.PREDECESSOR;
                if (ofAnother != (pass == 2)) continue;
                // a state body's president or chairman heads that body, not the state ("Bundesbank President X")
                boolean ofBody = m.titleCountry() != null && Mention.STATE_BODY.equals(m.titleCountry().rule());
                Relation relation = m.role() == TitleRole.LEADER && !ofBody ? Relation.leaderOf : Relation.officialOf;
                LinkedMention possessor = ofAnother ? possessor(article, lm) : null;
                if (ofAnother) {
                    if (possessor == null) continue;
                    relation = officeKind(possessor.entity().iri(), article, facts, earlier, year);
                }
                Sentence s = article.text().sentences().get(m.sentence());
                if (m.kind() == MentionKind.ANAPHOR && negated(s, m.titleBegin())) continue;
                String person = lm.entity().iri();
                Mention qualifier = m.titleCountry();
                String country = null;
                double confidence = TITLE_CONFIDENCE;
                if (m.role() == TitleRole.PREDECESSOR) {
                    // "his predecessor Rodrigo Duterte": the office of the same state
                    country = states.of(possessor.entity().iri());
                    confidence = TITLE_FROM_REFERENCE_CONFIDENCE;
                } else if (qualifier != null && isCountry(qualifier)) {
                    if (pass == 1) continue;
                    // as linked: "MOSCOW -" in 1987 is the Soviet Union, not the mention's Russia
                    String linked = article.entityIri(qualifier);
                    country = linked != null ? linked : qualifier.referenceIri();
                } else if (qualifier != null && qualifier.type() == EntityType.PERSON) {
                    if (pass == 0) continue;
                    String other = article.entityIri(qualifier);
                    country = other == null ? null : states.of(other);
                } else if (qualifier == null && pass != 1 && m.titleDefaultCountry() != null) {
                    // "Foreign Secretary" is Britain's only where the article is about Britain at all:
                    // India and Pakistan have foreign secretaries too
                    // nor where the story is datelined in another state and the default's is not named near the
                    // title ("TOKYO - ... House Speaker Kenzaburo Hara" is Japan's speaker, not America's)
                    var title = m.title() == null ? null : lexicon.title(m.title());
                    boolean defaultNamed = article.names(m.titleDefaultCountry());
                    boolean datelinedElsewhere = datelineState != null && !datelineState.equals(m.titleDefaultCountry())
                            && (title == null || !title.soleState());
                    if (!datelinedElsewhere) {
                        if (!defaultNamed) continue;
                        country = m.titleDefaultCountry();
                    } else if (defaultNamed && statesNamedNear(article, m).contains(m.titleDefaultCountry())) {
                        country = m.titleDefaultCountry();
                    } else if (actsInSentence(article, m, datelineState)) {
                        // "MANILA - ... Foreign Secretary X told reporters Manila would": the dateline's state has
                        // the office too where the title's sentence has it act (not "urged the United States")
                        country = datelineState;
                    } else {
                        continue;
                    }
                } else if (qualifier == null && pass == 1 && relation == Relation.leaderOf) {
                    country = StatesOfPersons.referenceCountry(gazetteer, person, year, m.title());
                    // "then-President Barack Obama", "the late President X": an office held before the article's year,
                    // in a state the article names
                    if (country == null && year >= 0 && pastOffice(s, m)) {
                        String held = StatesOfPersons.referenceCountry(gazetteer, person, -1, m.title());
                        if (held != null && article.names(held)) country = held;
                    }
                    // "King Faisal visited in 1967" after "state tours of Britain by Saudi monarchs", "Queen
                    // Elizabeth ... his first visit to Britain": a state the reference has the leader hold that
                    // office in, named in the same or the previous sentence, ties the title to it
                    if (country == null) country = tenureStateNamedNear(article, person, m);
                    // "the UK Treasury ... Chancellor Gordon Brown": a leader's title that names a minister's office
                    // in one state is that office where the sentence or the one before names the state
                    if (country == null) country = ministerStateNamedNear(article, m);
                    if (country == null) country = elaboratedState(article, m);
                    confidence = TITLE_FROM_REFERENCE_CONFIDENCE;
                } else if (qualifier == null && pass == 1 && !ofAnother) {
                    country = elaboratedState(article, m);
                }
                if (country == null) continue;
                // "the government of General Sani Abacha", "the military regime of General X": the one whose government
                // it is leads the state, whatever office the title names
                if (relation == Relation.officialOf && m.role() == TitleRole.OFFICIAL && governedBy(s, m)) relation = Relation.leaderOf;
                // "Crown Prince Mohammed bin Salman" in 2023: an official's title for one the reference has lead that
                // state all through the article's year (not in the year the office began: the old title may still be true)
                if (relation == Relation.officialOf && m.role() == TitleRole.OFFICIAL && !ofBody && ledThroughYear(person, country, year)) {
                    relation = Relation.leaderOf;
                }
                // "British Chancellor Nigel Lawson", "the UK chancellor": a minister there, not the head of government
                if (relation == Relation.leaderOf && m.title() != null) {
                    var title = lexicon.title(m.title());
                    if (title != null && title.officialIn(country)) relation = Relation.officialOf;
                }
                int qb = qualifier != null ? qualifier.begin() : m.titleBegin();
                int qe = qualifier != null ? qualifier.end() : m.titleBegin();
                facts.add(person, relation, country, new Evidence(s.begin(), s.end(), m.begin(), m.end(), qb, qe,
                        "title:" + relation.name(), confidence));
                states.state(person, country);
            }
        }
        leadersNamedWithTheirState(article, facts, year);
        return facts.facts();
    }

    /**
     * "Croatia's Andrej Plenkovic", "Eritrea's Isaias Afwerki hosted ...": a state's possessive right before a name
     * with no office ties the person to that state; it is leaderOf where the reference has the person lead that state
     * in the article's year (any year if it has none), and nothing otherwise ("Britain's Andy Murray").
     */
    private void leadersNamedWithTheirState(LinkedArticle article, FactCollector facts, int year) {
        for (LinkedMention lm : article.mentions()) {
            Mention m = lm.mention();
            if (m.type() != EntityType.PERSON || lm.isGroup() || m.kind() == MentionKind.ANAPHOR
                    || m.hasTitle() && m.role() != TitleRole.NONE || m.tokenStart() < 2) continue;
            Sentence s = article.text().sentences().get(m.sentence());
            if (!s.token(m.tokenStart() - 1).text().equals("'s") && !s.token(m.tokenStart() - 1).text().equals("\u2019s")) continue;
            LinkedMention state = null;
            for (LinkedMention other : article.inSentence(m.sentence())) {
                if (!other.isGroup() && other.mention().type() == EntityType.COUNTRY && other.mention().tokenEnd() == m.tokenStart() - 1
                        && (other.mention().kind() == MentionKind.NAME || other.mention().kind() == MentionKind.CAPITAL)) state = other;
            }
            if (state == null) continue;
            String country = state.entity().iri();
            // (in office in the article's year where it is known: "Britain's Prince Charles" in 1987 led nothing yet)
            if (!country.equals(StatesOfPersons.referenceCountry(gazetteer, lm.entity().iri(), year))) continue;
            facts.add(lm.entity().iri(), Relation.leaderOf, country, new Evidence(s.begin(), s.end(), m.begin(), m.end(),
                    state.mention().begin(), state.mention().end(), "title:leaderOf-possessor", TITLE_FROM_REFERENCE_CONFIDENCE));
        }
    }

    /** Whether the reference has the person lead the state in a tenure that began before the year and had not ended before it. */
    private boolean ledThroughYear(String person, String country, int year) {
        var ref = gazetteer.entity(person);
        if (ref == null || year < 0) return false;
        for (var t : ref.tenures()) {
            if (t.countryIri().equals(country) && t.startYear() < year && t.endYear() >= year) return true;
        }
        return false;
    }

    /** A negation or modal within a few words before the character offset, in its sentence. */
    private boolean negated(Sentence s, int begin) {
        int at = -1;
        for (var tok : s.tokens()) if (tok.begin() <= begin) at = tok.index();
        for (int k = Math.max(0, at - NEGATION_WINDOW); k < at; k++) {
            if (negations.contains(s.token(k).lower())) return true;
        }
        return false;
    }

    /** The named person whose counterpart, predecessor or successor the mention is; null if no one is named before. */
    private LinkedMention possessor(LinkedArticle article, LinkedMention counterpart) {
        Mention m = counterpart.mention();
        // "than her predecessor": a predecessor's office is exactly the possessor's, so the pronoun right before
        // the title, as linked (by gender too), is taken over the nearest name
        if (m.role() == TitleRole.PREDECESSOR) {
            for (LinkedMention other : article.mentions()) {
                Mention o = other.mention();
                if (o.type() == EntityType.PERSON && o.kind() == MentionKind.ANAPHOR && !other.isGroup() && o.sentence() == m.sentence()
                        && o.end() <= m.titleBegin() && m.titleBegin() - o.end() <= 1) return other;
            }
        }
        String self = counterpart.entity().iri();
        LinkedMention possessor = null;
        for (LinkedMention other : article.mentions()) {
            Mention o = other.mention();
            // "his" itself is not trusted: the possessor is the named person it stands for
            if (o.type() != EntityType.PERSON || o.kind() == MentionKind.ANAPHOR || other.isGroup()
                    || other.entity().iri().equals(self)) continue;
            boolean sameSentenceBefore = o.sentence() == m.sentence() && o.end() <= m.titleBegin();
            boolean previousSentence = o.sentence() == m.sentence() - 1;
            // the nearest one before the title, not one inside a relative clause closed before it ("Albares, who
            // accompanied Sánchez, held talks with his Moroccan counterpart" is Albares's counterpart)
            if (sameSentenceBefore && !(possessor != null && Mentions.insideClosedRelativeClause(article.text().sentences().get(o.sentence()),
                    o, m.titleBegin(), lexicon.territoryCues()::isRelativePronoun))) {
                possessor = other;
            }
            else if (previousSentence && (possessor == null || possessor.mention().sentence() < m.sentence())) {
                if (possessor == null) possessor = other; // the first person (the subject) of the sentence before
            }
        }
        return possessor;
    }

    /** leaderOf or officialOf: the kind of office the article's titles, the facts so far or the reference give the person. */
    private Relation officeKind(String p, LinkedArticle article, FactCollector facts, List<Fact> earlier, int year) {
        for (LinkedMention other : article.mentions()) {
            if (other.isGroup() || !other.entity().iri().equals(p)) continue;
            if (other.mention().role() == TitleRole.LEADER) return Relation.leaderOf;
            if (other.mention().role() == TitleRole.OFFICIAL) return Relation.officialOf;
        }
        List<Fact> known = new java.util.ArrayList<>(earlier);
        known.addAll(facts.facts());
        for (Fact f : known) {
            if (!f.subject().equals(p)) continue;
            if (f.relation() == Relation.leaderOf) return Relation.leaderOf;
            if (f.relation() == Relation.officialOf) return Relation.officialOf;
        }
        // a counterpart is an office holder for a state: not known to lead one, the possessor is taken for an official
        return StatesOfPersons.referenceCountry(gazetteer, p, year) != null ? Relation.leaderOf : Relation.officialOf;
    }

    /** The one state the person held the titled office in (any year) that is named in the mention's sentence or the one before. */
    private String tenureStateNamedNear(LinkedArticle article, String person, Mention m) {
        var ref = gazetteer.entity(person);
        if (ref == null) return null;
        java.util.Set<String> held = new java.util.HashSet<>();
        for (var t : ref.tenures()) {
            if (m.title() == null || t.title() == null || t.title().equalsIgnoreCase(m.title())) held.add(t.countryIri());
        }
        List<String> named = statesNamedNear(article, m).stream().filter(held::contains).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The state named in the mention's sentence or the one before in which its leader's title is a minister's. */
    private String ministerStateNamedNear(LinkedArticle article, Mention m) {
        var title = m.title() == null ? null : lexicon.title(m.title());
        if (title == null) return null;
        return statesNamedNear(article, m).stream().filter(title::officialIn).findFirst().orElse(null);
    }

    /** Whether the mention's sentence names the state as the subject of a verb right after it ("Manila would continue"). */
    private static boolean actsInSentence(LinkedArticle article, Mention m, String state) {
        Sentence s = article.text().sentences().get(m.sentence());
        for (LinkedMention near : article.inSentence(m.sentence())) {
            if (near.isGroup() || near.mention().type() != EntityType.COUNTRY || !near.entity().iri().equals(state)) continue;
            int after = near.mention().tokenEnd();
            if (after < s.size() && (s.token(after).pos().startsWith("VERB") || s.token(after).pos().startsWith("AUX"))) return true;
        }
        return false;
    }

    /**
     * The state whose reaction a titled person with no state of their own elaborates after "with" (an elaboration-marker
     * of rules/matcher-words.tsv), or null: the state
     * opens the sentence as its subject, and no other is named in its clause outside an apposition ("Turkey, a close
     * ally of Azerbaijan, welcomed the deal, with Foreign Minister Mevlut Cavusoglu congratulating Baku"; not "Russia
     * shelled Ukraine, with Foreign Minister X saying", whose minister may be either's). A speaker after a comma
     * ("Brazil is unhappy, Finance Minister X said") is read by the mention stage already.
     */
    private String elaboratedState(LinkedArticle article, Mention m) {
        if (m.kind() == MentionKind.ANAPHOR) return null;
        Sentence s = article.text().sentences().get(m.sentence());
        int title = titleToken(s, m);
        if (title < 2 || !elaborationMarkers.contains(s.token(title - 1).lower()) || !s.token(title - 2).text().equals(",")) return null;
        if (m.tokenEnd() >= s.size() || !s.token(m.tokenEnd()).pos().startsWith("VERB") || !s.token(m.tokenEnd()).lower().endsWith("ing")) return null;
        LinkedMention subject = null;
        for (LinkedMention near : article.inSentence(m.sentence())) {
            if (near.isGroup() || near.mention().type() != EntityType.COUNTRY || near.mention().tokenStart() >= title) continue;
            if (subject == null) { subject = near; continue; }
            if (!Mentions.insideCommaAside(s, subject.mention().tokenEnd(), near.mention().tokenStart())) return null;
        }
        if (subject == null || subject.mention().kind() == MentionKind.DEMONYM || subject.mention().tokenStart() > 1
                || subject.mention().tokenStart() == 1 && !s.token(0).pos().startsWith("DET")) return null;
        if (Datelines.isDateline(article.text(), subject.mention())) return null;
        return subject.entity().iri();
    }

    /** The first token of the person's title phrase (the name's own first token where it has none before it). */
    private static int titleToken(Sentence s, Mention m) {
        int title = m.tokenStart();
        while (title > 0 && s.token(title - 1).end() > m.titleBegin()) title--;
        return title;
    }

    /** The states named in the mention's sentence and the one before, each once, in order. */
    private static java.util.Set<String> statesNamedNear(LinkedArticle article, Mention m) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = Math.max(0, m.sentence() - 1); i <= m.sentence(); i++) {
            for (LinkedMention near : article.inSentence(i)) {
                if (!near.isGroup() && near.mention().type() == EntityType.COUNTRY) out.add(near.entity().iri());
            }
        }
        return out;
    }

    /** Whether a word of the past ("former", "then", "late": lexicon/title-modifiers.tsv) stands right before the title. */
    private boolean pastOffice(Sentence s, Mention m) {
        int k = -1;
        for (var t : s.tokens()) if (t.begin() == m.titleBegin()) k = t.index();
        if (k < 0) return false;
        String word = s.token(k).lower();
        int hyphen = word.indexOf('-'); // "then-president" read as one word
        if (hyphen > 0 && lexicon.isPastModifier(word.substring(0, hyphen))) return true;
        if (k < 1) return false;
        k--;
        if (s.token(k).text().equals("-") && k > 0) k--;
        return lexicon.isPastModifier(s.token(k).lower());
    }

    /** The state of the dateline that opens the story ("TOKYO, April 27 -"), as linked, or null. */
    private static String datelineState(LinkedArticle article) {
        // (the story's own: in its first sentence, or the second after a line with its date)
        Mention dateline = Datelines.nearest(article.text(), article.mentions().stream().map(LinkedMention::mention).toList(), 1);
        return dateline == null ? null : article.entityIri(dateline);
    }

    /** A country mention, or a territory that is also a state ("Northern Cyprus leader Ersin Tatar"). */
    private boolean isCountry(Mention m) {
        if (m.type() == EntityType.COUNTRY) return true;
        var ref = m.referenceIri() == null ? null : gazetteer.entity(m.referenceIri());
        return ref != null && ref.is(EntityType.COUNTRY);
    }
}

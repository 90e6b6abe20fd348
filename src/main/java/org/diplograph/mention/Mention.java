package org.diplograph.mention;

import org.diplograph.knowledge.MentionKind;
import org.diplograph.knowledge.TitleRole;
import org.diplograph.knowledge.EntityType;

/**
 * A span of the article that names, or refers to, a person, country or territory.
 *
 * @param sentence      index of the sentence
 * @param tokenStart    first token (inclusive)
 * @param tokenEnd      last token (exclusive)
 * @param begin         character offset in the article (inclusive)
 * @param end           character offset in the article (exclusive)
 * @param text          the normalised covered text (curly quotes made straight)
 * @param type          the entity type
 * @param kind          how it names the entity
 * @param referenceIri  the reference entity it matched in the gazetteer, or null
 * @param rule          the gazetteer or pattern that found it, for provenance
 * @param title         for persons: the title before or after the name ("President"), or null
 * @param role          for persons: what the title says
 * @param titleBegin    character offset where the title phrase (with its country) starts, or begin
 * @param titleCountry  for persons: the country mention that qualifies the title ("Chinese" in
 *                      "Chinese President Xi"), or null
 * @param titleDefaultCountry the country a country-specific title implies ("Chief Cabinet Secretary"), or null
 */
public record Mention(int sentence, int tokenStart, int tokenEnd, int begin, int end, String text,
                      EntityType type, MentionKind kind, String referenceIri, String rule,
                      String title, TitleRole role, int titleBegin, Mention titleCountry,
                      String titleDefaultCountry) {

    /** The rule of a person pronoun ("he", "she", "his", a possessive "her"). */
    public static final String PRONOUN = "anaphor:pronoun";
    /** The rule of an office named with no country and no holder ("the prime minister"). */
    public static final String BARE_DESCRIPTION = "anaphor:bare-description";
    /** The rule of a state body named by its own name ("IDF", "Bundesbank"), standing as a country mention. */
    public static final String STATE_BODY = "lexicon:state-body";
    /** The rule of a word that stands for the dateline's place ("arrived here"); its reference is the dateline's state. */
    public static final String DATELINE = "anaphor:dateline";
    /** A phrase whose noun is left out ("Tokyo's claim over all four"): it refers to a group, a place with a plural name. */
    public static final String ELIDED = "anaphor:elided";
    /**
     * An office of an organisation named without its holder ("the UN chief", "the EU Commission
     * chief"): its title holds the organisation's words; linking looks for the one person named before
     * near those words.
     */
    public static final String ORGANISATION_DESCRIPTION = "anaphor:organisation-description";
    /**
     * Places described with their holder ("the Ukrainian territory held by Russia", "the Russian-occupied
     * regions"): linking makes it stand for every territory named just before.
     */
    public static final String HELD_PLACES = "anaphor:held-places";
    /** Two entities named before ("the two countries", "both men"). */
    public static final String PAIR = "anaphor:pair";
    /** Two persons the article gives a leader's title ("the two leaders", "both presidents"). */
    public static final String LEADER_PAIR = "anaphor:leader-pair";
    /**
     * The leaders of the states named in the phrase ("the leaders of Armenia and Azerbaijan"): linking looks for the
     * person the article names as each state's leader.
     */
    public static final String LEADERS_OF_STATES = "anaphor:leaders-of-states";
    /** Two persons the article gives an official's title ("the two foreign ministers"). */
    public static final String OFFICIAL_PAIR = "anaphor:official-pair";
    /** A spouse named by relation ("his wife"): linking looks for the person named with the same family name. */
    public static final String SPOUSE = "anaphor:spouse";
    /** The state of a person named by a possessive ("his country"): linking takes the person's state. */
    public static final String OWN_STATE = "anaphor:own-state";
    /**
     * "It" opening a sentence before an active verb, after a sentence whose subject is a state ("China took the
     * Paracels in 1974. It has held them since."): its reference is that subject.
     */
    public static final String SUBJECT_STATE = "anaphor:subject-state";
    /** "our" inside a quotation ('"Dokdo is our territory," the ministry said'): linking takes the speaker's state. */
    public static final String SPEAKER_STATE = "anaphor:speaker-state";

    public static Mention of(int sentence, int tokenStart, int tokenEnd, int begin, int end, String text,
                             EntityType type, MentionKind kind, String referenceIri, String rule) {
        return new Mention(sentence, tokenStart, tokenEnd, begin, end, text, type, kind, referenceIri, rule,
                null, TitleRole.NONE, begin, null, null);
    }

    public Mention withTitle(String title, TitleRole role, int titleBegin, Mention titleCountry, String defaultCountry) {
        return new Mention(sentence, tokenStart, tokenEnd, begin, end, text, type, kind, referenceIri, rule,
                title, role, Math.min(titleBegin, begin), titleCountry, defaultCountry);
    }

    public boolean overlaps(Mention o) {
        return sentence == o.sentence && begin < o.end && o.begin < end;
    }

    public boolean hasTitle() { return title != null; }
}

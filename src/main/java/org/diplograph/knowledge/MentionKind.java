package org.diplograph.knowledge;

/** How a mention names its entity; relation rules and linking treat these differently. */
public enum MentionKind {
    /** A name of the entity: "Japan", "Senkaku Islands", "Xi Jinping". */
    NAME,
    /** A part of a person's name used alone: "Abe", "Mr Xi". */
    SHORT_NAME,
    /** An adjective or demonym: "Chinese", "Japanese-controlled". */
    DEMONYM,
    /** A compound prefix: "Sino-" in "Sino-Indian". */
    COMBINING_FORM,
    /** A capital standing for its government: "Beijing said". */
    CAPITAL,
    /** Another city, naming its country only as a place visited: "talks in Sochi". */
    CITY,
    /** A pronoun or description that refers back: "he", "the two leaders". */
    ANAPHOR
}

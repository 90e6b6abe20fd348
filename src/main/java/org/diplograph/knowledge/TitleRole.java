package org.diplograph.knowledge;

/** What a title says about its holder's relation to a country (see ontology/lexicon/titles.tsv). */
public enum TitleRole {
    /** Head of state or government: leaderOf. */
    LEADER,
    /** Another office: officialOf. */
    OFFICIAL,
    /** "his Turkish counterpart": the same kind of office as the person whose counterpart it is. */
    COUNTERPART,
    /** "his predecessor": the same office, in the same state, as the person whose predecessor or successor it is. */
    PREDECESSOR,
    /** A courtesy or non-state title (Mr, chairman of a party): no relation. */
    NONE
}

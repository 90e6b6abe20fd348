package org.diplograph.knowledge;

/**
 * The name a state went by in the news of an earlier time (dg:formerName): up to {@code lastYear}
 * the Federal Republic of Germany was "West Germany", which is the name an article of 1987 uses.
 */
public record FormerName(String name, String stateIri, int lastYear) {}

package org.diplograph.relation;

/**
 * Where the article states a fact: the sentence, both arguments and the rule that read it.
 * All offsets are character offsets into the article text (end exclusive).
 */
public record Evidence(int sentenceBegin, int sentenceEnd, int subjectBegin, int subjectEnd,
                       int objectBegin, int objectEnd, String rule, double confidence) {
}

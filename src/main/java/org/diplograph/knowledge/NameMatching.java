package org.diplograph.knowledge;

import org.diplograph.vocab.DG;

/**
 * When a reference territory's names count as a mention of it ({@code dg:nameMatching} in
 * {@code ontology/reference/territories.ttl}).
 */
public enum NameMatching {
    /** Wherever its names stand (no {@code dg:nameMatching}). */
    ALWAYS,
    /**
     * Only in a sentence with a dispute cue of {@code ontology/lexicon/territory-cues.tsv}, and then anywhere in that
     * article ({@code dg:WithDisputeCue}).
     */
    WITH_DISPUTE_CUE,
    /** Never: listed for completeness only ({@code dg:NotMatched}). */
    NEVER;

    static NameMatching of(String iri) {
        if (iri == null) return ALWAYS;
        if (iri.equals(DG.NS + "WithDisputeCue")) return WITH_DISPUTE_CUE;
        if (iri.equals(DG.NS + "NotMatched")) return NEVER;
        throw new IllegalArgumentException("dg:nameMatching must be dg:WithDisputeCue or dg:NotMatched, not " + iri);
    }
}

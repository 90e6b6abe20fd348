package org.diplograph.mention;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.knowledge.Gazetteer;

/**
 * What the mention stage knows of states as places, read once from the gazetteer: the states that are
 * also claimed territories (Taiwan, Kosovo), and the historical states a capital was the seat of
 * ("Moscow": the Soviet Union), whatever the article's year, which this stage does not know.
 */
record StatePlaces(Set<String> territorialStates, Map<String, Set<String>> formerStatesBySeat) {
    static final StatePlaces NONE = new StatePlaces(Set.of(), Map.of());

    static StatePlaces of(Gazetteer gazetteer) {
        return new StatePlaces(gazetteer.territorialStates(), gazetteer.formerStatesBySeat());
    }

    boolean isTerritorial(String iri) { return iri != null && territorialStates.contains(iri); }

    /**
     * Whether a state mention names the state of a capital's mention: the same reference, or the
     * historical state the capital was the seat of ("MOSCOW, March 2 -" and "Soviet" in 1987 copy).
     */
    boolean sameState(Mention capital, Mention state) {
        if (java.util.Objects.equals(capital.referenceIri(), state.referenceIri())) return true;
        Set<String> former = formerStatesBySeat.get(capital.text().toLowerCase(Locale.ROOT));
        return former != null && former.contains(state.referenceIri());
    }
}

package org.diplograph.knowledge;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A country, disputed territory or leader as the reference files under {@code ontology/reference}
 * describe it.
 *
 * @param names          the canonical label first, then official and alternative names
 * @param demonyms       adjectives ("Chinese") that point at a country
 * @param combiningForms compound prefixes ("Sino" in "Sino-Indian")
 * @param capitals       capitals that stand for a country's government ("Beijing said")
 * @param cities         other cities, which name the country only as a place visited ("in Sochi")
 * @param familyNames    how news names a person on second mention ("Putin")
 * @param claimedBy      reference claimants of a territory (never printed as extracted facts)
 * @param controlledBy   reference controllers of a territory
 * @param types          every class the reference gives it: {@code type} first, then any other
 *                       (Taiwan is a dg:Country that is also a dg:DisputedTerritory China claims)
 * @param nameMatching   for territories: when their names count as mentions
 * @param territoryKind  for territories: the local name of their dg:territoryKind ("Islands"), or null
 */
public record ReferenceEntity(String iri, EntityType type, String label, List<String> names,
                              List<String> demonyms, List<String> combiningForms, List<String> capitals, List<String> cities,
                              List<String> familyNames, List<Tenure> tenures,
                              List<String> claimedBy, List<String> controlledBy, Set<EntityType> types,
                              NameMatching nameMatching, String territoryKind) {
    public ReferenceEntity {
        Set<EntityType> all = new LinkedHashSet<>();
        all.add(type);
        if (types != null) all.addAll(types);
        types = Collections.unmodifiableSet(all);
        if (nameMatching == null) nameMatching = NameMatching.ALWAYS;
    }

    /** True if the reference gives it this class, as its main type or as another. */
    public boolean is(EntityType t) { return types.contains(t); }
}

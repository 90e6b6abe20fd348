package org.diplograph.knowledge;

import java.util.List;

/**
 * A country, disputed territory or leader as the reference files under {@code ontology/reference}
 * describe it.
 *
 * @param names          the canonical label first, then official and alternative names
 * @param demonyms       adjectives ("Chinese") that point at a country
 * @param combiningForms compound prefixes ("Sino" in "Sino-Indian")
 * @param capitals       capitals that stand for a country's government ("Beijing said")
 * @param familyNames    how news names a person on second mention ("Putin")
 * @param claimedBy      reference claimants of a territory (never printed as extracted facts)
 * @param controlledBy   reference controllers of a territory
 */
public record ReferenceEntity(String iri, EntityType type, String label, List<String> names,
                              List<String> demonyms, List<String> combiningForms, List<String> capitals,
                              List<String> familyNames, List<Tenure> tenures,
                              List<String> claimedBy, List<String> controlledBy) {
}

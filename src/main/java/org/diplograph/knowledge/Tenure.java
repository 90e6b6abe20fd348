package org.diplograph.knowledge;

/**
 * A reference office spell: who led which country when.
 *
 * @param countryIri the country
 * @param headOfState true for head of state, false for head of government
 * @param title      e.g. "President"
 * @param startYear  first year in office
 * @param endYear    last year in office, or {@link Integer#MAX_VALUE} while in office
 */
public record Tenure(String countryIri, boolean headOfState, String title, int startYear, int endYear) {
    public boolean covers(int year) { return year >= startYear && year <= endYear; }
}

package org.diplograph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.diplograph.vocab.DG;

/** The prefixes every query may use without declaring them. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> STANDARD = standard();

    private static Map<String, String> standard() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dg", DG.NS);
        p.put("dgc", DG.COUNTRY_NS);
        p.put("dgt", DG.TERRITORY_NS);
        p.put("dgp", DG.PERSON_NS);
        p.put("schema", DG.SCHEMA);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("xsd", DG.XSD);
        p.put("prov", DG.PROV);
        p.put("oa", DG.OA);
        p.put("wd", "http://www.wikidata.org/entity/");
        return java.util.Collections.unmodifiableMap(p); // in this order, for readable PREFIX blocks
    }

    /** The query with the standard PREFIX lines in front (a query's own declarations still win). */
    public static String withStandardPrefixes(String query) {
        StringBuilder sb = new StringBuilder();
        STANDARD.forEach((k, v) -> sb.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        return sb.append(query).toString();
    }
}

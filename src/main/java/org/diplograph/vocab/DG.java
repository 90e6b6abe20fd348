package org.diplograph.vocab;

/** IRIs of the Diplograph vocabulary and of the vocabularies it reuses. */
public final class DG {
    private DG() {}

    public static final String NS = "https://w3id.org/diplograph/ontology#";
    public static final String ID = "https://w3id.org/diplograph/id/";
    public static final String COUNTRY_NS = ID + "country/";
    public static final String TERRITORY_NS = ID + "territory/";
    public static final String PERSON_NS = ID + "person/";
    public static final String ARTICLE_NS = "https://w3id.org/diplograph/article/";
    public static final String STATEMENT_NS = "https://w3id.org/diplograph/statement/";
    public static final String RUN_NS = "https://w3id.org/diplograph/run/";
    public static final String REFERENCE_GRAPH = "https://w3id.org/diplograph/graph/reference";

    // classes
    public static final String Person = NS + "Person";
    public static final String Country = NS + "Country";
    public static final String DisputedTerritory = NS + "DisputedTerritory";
    public static final String Statement = NS + "Statement";
    public static final String Evidence = NS + "Evidence";
    public static final String ExtractionRun = NS + "ExtractionRun";

    // the eight relations of the guidelines
    public static final String leaderOf = NS + "leaderOf";
    public static final String officialOf = NS + "officialOf";
    public static final String metWith = NS + "metWith";
    public static final String visited = NS + "visited";
    public static final String claims = NS + "claims";
    public static final String controls = NS + "controls";
    public static final String cooperatesWith = NS + "cooperatesWith";
    public static final String inConflictWith = NS + "inConflictWith";

    // statements and evidence
    public static final String evidence = NS + "evidence";
    public static final String rule = NS + "rule";
    public static final String confidence = NS + "confidence";
    public static final String subjectStart = NS + "subjectStart";
    public static final String subjectEnd = NS + "subjectEnd";
    public static final String objectStart = NS + "objectStart";
    public static final String objectEnd = NS + "objectEnd";
    public static final String sha256 = NS + "sha256";
    public static final String toolVersion = NS + "toolVersion";

    // reference knowledge
    public static final String officialName = NS + "officialName";
    public static final String demonym = NS + "demonym";
    public static final String combiningForm = NS + "combiningForm";
    public static final String capital = NS + "capital";
    public static final String city = NS + "city";
    public static final String metonym = NS + "metonym";
    public static final String formerSeat = NS + "formerSeat";
    public static final String lastYear = NS + "lastYear";
    public static final String formerName = NS + "formerName";
    public static final String formerNameLastYear = NS + "formerNameLastYear";
    public static final String familyName = NS + "familyName";
    public static final String iso2 = NS + "iso2";
    public static final String iso3 = NS + "iso3";
    public static final String claimedBy = NS + "claimedBy";
    public static final String controlledBy = NS + "controlledBy";
    public static final String nameMatching = NS + "nameMatching";
    public static final String territoryKind = NS + "territoryKind";
    public static final String hasPart = NS + "hasPart";
    public static final String held = NS + "held";
    public static final String office = NS + "office";
    public static final String officeOf = NS + "officeOf";
    public static final String title = NS + "title";
    public static final String startYear = NS + "startYear";
    public static final String endYear = NS + "endYear";
    public static final String HeadOfState = NS + "HeadOfState";

    // reused vocabularies
    public static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public static final String RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject";
    public static final String RDF_PREDICATE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate";
    public static final String RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object";
    public static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    public static final String SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
    public static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SCHEMA_NEWS_ARTICLE = SCHEMA + "NewsArticle";
    public static final String SCHEMA_HEADLINE = SCHEMA + "headline";
    public static final String SCHEMA_DATE_PUBLISHED = SCHEMA + "datePublished";
    public static final String SCHEMA_TEXT = SCHEMA + "text";
    public static final String SCHEMA_URL = SCHEMA + "url";
    public static final String SCHEMA_IDENTIFIER = SCHEMA + "identifier";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String PROV_WAS_DERIVED_FROM = PROV + "wasDerivedFrom";
    public static final String PROV_WAS_GENERATED_BY = PROV + "wasGeneratedBy";
    public static final String PROV_ACTIVITY = PROV + "Activity";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String OA_HAS_SOURCE = OA + "hasSource";
    public static final String OA_HAS_SELECTOR = OA + "hasSelector";
    public static final String OA_TEXT_POSITION_SELECTOR = OA + "TextPositionSelector";
    public static final String OA_TEXT_QUOTE_SELECTOR = OA + "TextQuoteSelector";
    public static final String OA_START = OA + "start";
    public static final String OA_END = OA + "end";
    public static final String OA_EXACT = OA + "exact";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
}

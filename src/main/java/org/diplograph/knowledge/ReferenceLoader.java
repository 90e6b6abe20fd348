package org.diplograph.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.vocab.DG;

/** Reads the reference Turtle files into a Jena model and into {@link ReferenceEntity} records. */
public final class ReferenceLoader {
    public static final List<String> FILES =
            List.of("reference/countries.ttl", "reference/territories.ttl", "reference/leaders.ttl");

    private ReferenceLoader() {}

    /** The reference graph exactly as written in the files (for the store's reference graph). */
    public static Model loadModel(KnowledgeSource source) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        for (String file : FILES) {
            try (InputStream in = source.open(file)) {
                if (in == null) throw new IOException(file + " is missing from " + source.describe());
                RDFParser.source(in).lang(Lang.TURTLE).base(DG.ID).parse(model);
            } catch (org.apache.jena.riot.RiotException e) {
                throw new IOException(file + " in " + source.describe() + ": " + e.getMessage(), e);
            }
        }
        return model;
    }

    /**
     * One record per entity. An entity with two classes (Taiwan: dg:Country and dg:DisputedTerritory)
     * is one record whose main type follows its IRI's namespace ({@code dgc:} a country, {@code dgt:}
     * a territory) and whose {@link ReferenceEntity#types()} holds both.
     */
    public static List<ReferenceEntity> entities(Model model) {
        List<ReferenceEntity> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        collect(model, DG.Country, EntityType.COUNTRY, out, seen);
        collect(model, DG.DisputedTerritory, EntityType.TERRITORY, out, seen);
        collect(model, DG.Person, EntityType.PERSON, out, seen);
        return out;
    }

    private static Set<EntityType> typesOf(Model m, Resource r) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (EntityType t : EntityType.values()) {
            if (m.contains(r, RDF.type, m.createResource(t.classIri()))) types.add(t);
        }
        return types;
    }

    private static EntityType mainType(String iri, EntityType collectedAs, Set<EntityType> types) {
        if (iri.startsWith(DG.COUNTRY_NS) && types.contains(EntityType.COUNTRY)) return EntityType.COUNTRY;
        if (iri.startsWith(DG.TERRITORY_NS) && types.contains(EntityType.TERRITORY)) return EntityType.TERRITORY;
        return collectedAs;
    }

    private static void collect(Model m, String classIri, EntityType collectedAs, List<ReferenceEntity> out, Set<String> seen) {
        List<Resource> subjects = m.listSubjectsWithProperty(RDF.type, m.createResource(classIri)).toList();
        subjects.sort(Comparator.comparing(Resource::getURI));
        for (Resource r : subjects) {
            if (!seen.add(r.getURI())) continue;
            Set<EntityType> types = typesOf(m, r);
            EntityType type = mainType(r.getURI(), collectedAs, types);
            String label = first(m, r, DG.RDFS_LABEL);
            if (label == null) throw new IllegalArgumentException(r.getURI() + " has no rdfs:label");
            List<String> names = new ArrayList<>();
            names.add(label);
            addAll(names, strings(m, r, DG.officialName));
            addAll(names, strings(m, r, DG.SKOS_ALT_LABEL));
            List<Tenure> tenures = new ArrayList<>();
            for (RDFNode n : objects(m, r, DG.held)) {
                Resource t = n.asResource();
                String country = uri(m, t, DG.officeOf);
                if (country == null) continue;
                Integer start = integer(m, t, DG.startYear);
                Integer end = integer(m, t, DG.endYear);
                tenures.add(new Tenure(country, DG.HeadOfState.equals(uri(m, t, DG.office)), first(m, t, DG.title),
                        start == null ? Integer.MIN_VALUE : start, end == null ? Integer.MAX_VALUE : end));
            }
            out.add(new ReferenceEntity(r.getURI(), type, label, List.copyOf(names),
                    strings(m, r, DG.demonym), strings(m, r, DG.combiningForm), capitalsAndMetonyms(m, r), strings(m, r, DG.city),
                    strings(m, r, DG.familyName), List.copyOf(tenures),
                    uris(m, r, DG.claimedBy), uris(m, r, DG.controlledBy), types,
                    NameMatching.of(uri(m, r, DG.nameMatching)), localName(uri(m, r, DG.territoryKind))));
        }
    }

    /** The parts of each territory that has some (dg:hasPart): the islands of a group, by the group's IRI. */
    public static Map<String, List<String>> territoryParts(Model m) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (Resource r : m.listSubjectsWithProperty(m.createProperty(DG.hasPart)).toList()) {
            out.put(r.getURI(), uris(m, r, DG.hasPart));
        }
        return Map.copyOf(out);
    }

    /** The seats of historical states (dg:formerSeat) with the last year each state existed (dg:lastYear). */
    public static List<FormerSeat> formerSeats(Model m) {
        return namesUntilYear(m, DG.formerSeat, DG.lastYear, FormerSeat::new);
    }

    /** The names states went by until a year (dg:formerName, dg:formerNameLastYear). */
    public static List<FormerName> formerNames(Model m) {
        return namesUntilYear(m, DG.formerName, DG.formerNameLastYear, FormerName::new);
    }

    private interface YearBound<T> { T of(String name, String stateIri, int lastYear); }

    /** Every value of a name property with the state and the year the other property bounds it by, which must be given. */
    private static <T> List<T> namesUntilYear(Model m, String nameProperty, String yearProperty, YearBound<T> make) {
        List<T> out = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(m.createProperty(nameProperty)).toList()) {
            Integer last = integer(m, r, yearProperty);
            if (last == null) {
                throw new IllegalArgumentException(r.getURI() + " has a " + localName(nameProperty) + " but no " + localName(yearProperty));
            }
            for (String name : strings(m, r, nameProperty)) out.add(make.of(name, r.getURI(), last));
        }
        return List.copyOf(out);
    }

    /** Capitals and other seats of government both stand for the government in news ("Moscow", "the Kremlin"). */
    private static List<String> capitalsAndMetonyms(Model m, Resource r) {
        List<String> out = new ArrayList<>(strings(m, r, DG.capital));
        out.addAll(strings(m, r, DG.metonym));
        return List.copyOf(out);
    }

    private static String localName(String iri) {
        return iri == null ? null : iri.substring(iri.lastIndexOf('#') + 1);
    }

    private static void addAll(List<String> into, List<String> values) {
        for (String v : values) if (!into.contains(v)) into.add(v);
    }

    private static List<RDFNode> objects(Model m, Resource r, String p) {
        return m.listObjectsOfProperty(r, m.createProperty(p)).toList();
    }

    private static List<String> strings(Model m, Resource r, String p) {
        List<String> out = new ArrayList<>();
        for (RDFNode n : objects(m, r, p)) if (n.isLiteral()) out.add(n.asLiteral().getLexicalForm());
        out.sort(null);
        return List.copyOf(out);
    }

    private static List<String> uris(Model m, Resource r, String p) {
        List<String> out = new ArrayList<>();
        for (RDFNode n : objects(m, r, p)) if (n.isURIResource()) out.add(n.asResource().getURI());
        out.sort(null);
        return List.copyOf(out);
    }

    private static String first(Model m, Resource r, String p) {
        List<String> s = strings(m, r, p);
        return s.isEmpty() ? null : s.get(0);
    }

    private static String uri(Model m, Resource r, String p) {
        List<String> s = uris(m, r, p);
        return s.isEmpty() ? null : s.get(0);
    }

    private static Integer integer(Model m, Resource r, String p) {
        Property prop = m.createProperty(p);
        Statement s = r.getProperty(prop);
        return s != null && s.getObject().isLiteral() ? s.getInt() : null;
    }
}

package org.diplograph;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.diplograph.article.Article;
import org.diplograph.article.InvalidArticleException;
import org.diplograph.article.TextArticleReader;
import org.diplograph.link.Entity;
import org.diplograph.pipeline.Extraction;
import org.diplograph.relation.Fact;

/** Extraction of short texts written for the tests, with facts as readable strings. */
public final class Fixtures {
    private Fixtures() {}

    public static Article article(String text) {
        try {
            return new TextArticleReader().fromBytes("test", "test", text.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidArticleException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Extraction extract(String text) {
        return TestKnowledge.extractor().extract(article(text));
    }

    /** Facts as "relation(subject label, object label)"; symmetric ones with labels in alphabetical order. */
    public static Set<String> facts(Extraction x) {
        Map<String, String> labels = x.entities().stream().collect(Collectors.toMap(Entity::iri, Entity::label));
        Set<String> out = new TreeSet<>();
        for (Fact f : x.facts()) {
            String s = labels.get(f.subject());
            String o = labels.get(f.object());
            if (f.relation().symmetric() && s.compareTo(o) > 0) {
                String t = s;
                s = o;
                o = t;
            }
            out.add(f.relation().name() + "(" + s + ", " + o + ")");
        }
        return out;
    }

    /** Entities as "Type:label". */
    public static Set<String> entities(Extraction x) {
        return x.entities().stream().map(e -> e.type().localName() + ":" + e.label())
                .collect(Collectors.toCollection(TreeSet::new));
    }

}

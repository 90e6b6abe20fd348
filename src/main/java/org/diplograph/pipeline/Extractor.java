package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.link.Entity;
import org.diplograph.link.LinkedMention;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.article.Article;
import org.diplograph.link.ArticleLinker;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.Linker;
import org.diplograph.mention.Datelines;
import org.diplograph.mention.Mention;
import org.diplograph.mention.MentionFinder;
import org.diplograph.mention.MentionStage;
import org.diplograph.nlp.AnnotatedText;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.OpenNlpAnnotator;
import org.diplograph.nlp.Sentence;
import org.diplograph.relation.Fact;
import org.diplograph.relation.EnsembleExtractor;
import org.diplograph.relation.PatternExtractor;
import org.diplograph.relation.CompanionExtractor;
import org.diplograph.relation.VisitorExtractor;
import org.diplograph.relation.ReferenceCueExtractor;
import org.diplograph.relation.TitleExtractor;

/**
 * The extraction pipeline as a plain function from an article to what it states:
 * NLP → mentions → linking → relations. No store access and no shared mutable state; one
 * instance per worker thread (the OpenNLP tools inside are not thread-safe), all sharing one
 * {@link Knowledge}.
 */
public final class Extractor {
    private final Annotator annotator;
    private final MentionStage mentions;
    private final Linker linker;
    private final EnsembleExtractor relations;
    private final Gazetteer gazetteer;

    public Extractor(Annotator annotator, MentionStage mentions, Linker linker, EnsembleExtractor relations,
                     Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.annotator = annotator;
        this.mentions = mentions;
        this.linker = linker;
        this.relations = relations;
    }

    /** The standard pipeline, with any extra mention finders (e.g. a user's OpenNLP model). */
    public static Extractor create(Knowledge k, List<MentionFinder> extraFinders) {
        return create(k, extraFinders, null);
    }

    /** The standard pipeline with only the named relation extractors (all when {@code enabled} is null). */
    public static Extractor create(Knowledge k, List<MentionFinder> extraFinders, Set<String> enabled) {
        EnsembleExtractor relations = standardRelations(k);
        if (enabled != null) relations = relations.only(enabled);
        return new Extractor(new OpenNlpAnnotator(k.models()),
                MentionStage.standard(k.gazetteer(), k.lexicon(), extraFinders),
                new ArticleLinker(k.gazetteer(), k.lexicon()), relations, k.gazetteer());
    }

    /** Every relation extractor, in the order they run: titles first, so that a titled leader stands for a state in patterns. */
    public static EnsembleExtractor standardRelations(Knowledge k) {
        return new EnsembleExtractor(List.of(new TitleExtractor(k.gazetteer(), k.rules().blockers(), k.lexicon(), k.rules().classes().getOrDefault("regime_noun", java.util.Set.of()), k.rules().matcherWords().elaborationMarkers()), new PatternExtractor(k.rules(), k.gazetteer()),
                new ReferenceCueExtractor(k.rules(), k.gazetteer()), new VisitorExtractor(k.rules(), k.gazetteer()),
                new CompanionExtractor(k.rules(), k.gazetteer())));
    }

    /** Every intermediate result, for {@code diplograph explain}, with the time each stage took. */
    public record Trace(AnnotatedText text, LinkedArticle linked, List<Fact> facts, Extraction.Timings timings) {}

    /** Runs the stages in order: NLP, mentions, linking, relations. */
    public Trace trace(Article article) {
        long t0 = System.nanoTime();
        AnnotatedText text = annotator.annotate(article.text());
        long t1 = System.nanoTime();
        long pos1 = lazyTagNanos(text);
        List<Mention> found = mentions.find(text);
        long t2 = System.nanoTime();
        long pos2 = lazyTagNanos(text);
        LinkedArticle linked = linker.link(article, text, found);
        long t3 = System.nanoTime();
        long pos3 = lazyTagNanos(text);
        List<Fact> facts = relations.extract(linked);
        long t4 = System.nanoTime();
        long pos4 = lazyTagNanos(text);
        // sentences are tagged when a stage first reads a tag: that time is POS tagging, not the stage's
        return new Trace(text, linked, facts, new Extraction.Timings(t1 - t0 - pos1, pos4,
                t2 - t1 - (pos2 - pos1), t3 - t2 - (pos3 - pos2), t4 - t3 - (pos4 - pos3),
                text.tokenCount(), text.sentences().size(),
                (int) text.sentences().stream().filter(Sentence::tagged).count(),
                (int) text.sentences().stream().filter(Sentence::lemmasComputed).count()));
    }

    private static long lazyTagNanos(AnnotatedText text) {
        long sum = 0;
        for (Sentence s : text.sentences()) sum += s.lazyTagNanos();
        return sum;
    }

    /**
     * The entities the article names, plus those its facts are about. A country the article only
     * qualifies with an adjective ("Soviet troops") and states nothing about is not listed: the
     * annotation guidelines count names, not demonyms; nor is one named only by a city ("in Sochi") or
     * by the capital of a dateline.
     */
    static List<Entity> namedOrInFacts(LinkedArticle linked, List<Fact> facts, Gazetteer gazetteer) {
        Set<String> keep = new HashSet<>();
        for (LinkedMention lm : linked.mentions()) {
            MentionKind kind = lm.mention().kind();
            // a city names a venue ("in Sochi"), not its country: the country is listed only for a fact
            // nor does a dateline ("LONDON, March 3 -") name the state it is the capital of: it says where the story was filed
            if (kind != MentionKind.DEMONYM && kind != MentionKind.COMBINING_FORM && kind != MentionKind.ANAPHOR
                    && kind != MentionKind.CITY && !Datelines.isDateline(linked.text(), lm.mention())
                    && !(kind == MentionKind.CAPITAL && beforeAnotherName(linked, lm))) {
                lm.entities().forEach(e -> keep.add(e.iri()));
            }
        }
        for (Fact f : facts) {
            keep.add(f.subject());
            keep.add(f.object());
        }
        List<Entity> out = new ArrayList<>(linked.entities().values().stream().filter(e -> keep.contains(e.iri())).toList());
        // a state a fact needs that the article names by no mention ("President Putin" with the
        // country from the reference tenure): typed and labelled with its reference name, which is
        // certain, so the article graph stays valid
        Set<String> present = new HashSet<>();
        out.forEach(e -> present.add(e.iri()));
        int year = linked.article() == null ? -1 : linked.article().dateIfKnown().map(d -> d.getYear()).orElse(-1);
        for (String iri : keep) {
            if (present.contains(iri)) continue;
            var ref = gazetteer.entity(iri);
            if (ref != null) out.add(new Entity(iri, ref.type(), gazetteer.labelIn(ref, year), Set.of(), ref.types()));
        }
        return out;
    }

    /**
     * "the Paris Club", "the London Metal Exchange": a capital before another capitalised word that no
     * mention covers is part of a longer name and names no state.
     */
    private static boolean beforeAnotherName(LinkedArticle linked, LinkedMention lm) {
        Sentence s = linked.text().sentences().get(lm.mention().sentence());
        int after = lm.mention().tokenEnd();
        if (after >= s.size()) return false;
        String next = s.token(after).text();
        if (next.length() < 2 || !Character.isUpperCase(next.charAt(0)) || !next.chars().skip(1).allMatch(Character::isLowerCase)) return false;
        for (LinkedMention other : linked.inSentence(lm.mention().sentence())) {
            if (other.mention().tokenStart() <= after && after < other.mention().tokenEnd()) return false;
        }
        return true;
    }

    public Extraction extract(Article article) {
        Trace t = trace(article);
        return new Extraction(article, namedOrInFacts(t.linked(), t.facts(), gazetteer), t.facts(), t.timings());
    }

}

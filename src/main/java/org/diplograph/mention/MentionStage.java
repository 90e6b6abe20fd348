package org.diplograph.mention;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.nlp.AnnotatedText;

/**
 * The mention stage: the gazetteer first (countries, territories, known people), then person
 * patterns, then any user-supplied name-finder models, then anaphors. Stateless and thread-safe
 * except for the optional OpenNLP name finders, so make one per worker thread.
 */
public final class MentionStage {
    private final List<MentionFinder> finders;

    public MentionStage(List<MentionFinder> finders) { this.finders = List.copyOf(finders); }

    public static MentionStage standard(Gazetteer gazetteer, Lexicon lexicon, List<MentionFinder> extra) {
        List<MentionFinder> finders = new ArrayList<>();
        finders.add(new GazetteerMentionFinder(gazetteer, lexicon));
        // names from a statistical model come before the title reader, which attaches titles and
        // offices to any person found so far ("Chinese President [Xi Jinping]")
        finders.addAll(extra);
        // territories that are also states ("Northern Cyprus leader Ersin Tatar") may qualify a title
        StatePlaces statePlaces = StatePlaces.of(gazetteer);
        finders.add(new PersonMentionFinder(lexicon, statePlaces));
        finders.add(new DisputedPlaceFinder(gazetteer, lexicon));
        finders.add(new AnaphorFinder(lexicon, statePlaces));
        return new MentionStage(finders);
    }

    public List<Mention> find(AnnotatedText text) {
        List<Mention> mentions = List.of();
        for (MentionFinder f : finders) mentions = f.find(text, mentions);
        return mentions;
    }
}

package org.diplograph.pipeline;

import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.diplograph.knowledge.Gazetteer;
import org.diplograph.knowledge.KnowledgeSource;
import org.diplograph.knowledge.Lexicon;
import org.diplograph.knowledge.ReferenceEntity;
import org.diplograph.knowledge.ReferenceLoader;
import org.diplograph.nlp.NlpModels;
import org.diplograph.relation.RelationRules;

/**
 * Everything the extractor knows, loaded once and shared read-only by every worker: the NLP
 * models, the reference knowledge, the lexicon and the relation rules.
 */
public record Knowledge(KnowledgeSource source, NlpModels models, Model reference, Gazetteer gazetteer,
                        Lexicon lexicon, RelationRules rules) {

    public static Knowledge load(KnowledgeSource source) throws IOException {
        Model reference = ReferenceLoader.loadModel(source);
        List<ReferenceEntity> entities = ReferenceLoader.entities(reference);
        Lexicon lexicon = Lexicon.load(source);
        return new Knowledge(source, NlpModels.loadFromClasspath(), reference,
                new Gazetteer(entities, lexicon.notNames(), ReferenceLoader.formerSeats(reference),
                        ReferenceLoader.formerNames(reference), ReferenceLoader.territoryParts(reference)), lexicon, RelationRules.load(source));
    }
}

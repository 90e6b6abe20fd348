package org.diplograph.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers facts; a fact stated several times becomes one fact with several pieces of evidence. */
final class FactCollector {
    private record Key(String subject, Relation relation, String object) {}

    private final Map<Key, List<Evidence>> facts = new LinkedHashMap<>();

    void add(String subject, Relation relation, String object, Evidence evidence) {
        if (subject.equals(object)) return;
        if (relation.symmetric() && subject.compareTo(object) > 0) {
            String s = subject;
            subject = object;
            object = s;
            evidence = new Evidence(evidence.sentenceBegin(), evidence.sentenceEnd(), evidence.objectBegin(),
                    evidence.objectEnd(), evidence.subjectBegin(), evidence.subjectEnd(), evidence.rule(),
                    evidence.confidence());
        }
        List<Evidence> list = facts.computeIfAbsent(new Key(subject, relation, object), k -> new ArrayList<>());
        // one piece of evidence per sentence: when several rules read the same sentence, the most confident one
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).sentenceBegin() == evidence.sentenceBegin()) {
                if (evidence.confidence() > list.get(i).confidence()) list.set(i, evidence);
                return;
            }
        }
        list.add(evidence);
    }

    boolean has(String subject, Relation relation, String object) {
        return facts.containsKey(new Key(subject, relation, object))
                || relation.symmetric() && facts.containsKey(new Key(object, relation, subject));
    }

    List<Fact> facts() {
        List<Fact> out = new ArrayList<>();
        facts.forEach((k, ev) -> out.add(new Fact(k.subject(), k.relation(), k.object(), ev)));
        return out;
    }
}

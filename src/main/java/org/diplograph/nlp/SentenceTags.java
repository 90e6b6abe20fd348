package org.diplograph.nlp;

import opennlp.tools.postag.POSTaggerME;

/**
 * The POS tags of one sentence, computed the first time any of its tokens is asked for one. Most
 * sentences of a news article hold nothing a rule can start from (no place, title, name or
 * pronoun), and no rule ever reads their tags; tagging is most of the cost of extraction, so those
 * are never tagged. A sentence is tagged on its own, from its own words, exactly as it would be
 * up front: the tags do not depend on when or whether the other sentences were tagged.
 * Thread-safe: tagging locks the tagger, which belongs to one annotator and is not thread-safe.
 */
final class SentenceTags {
    private final String[] words;
    private final POSTaggerME tagger;
    private String[] tags;
    private long nanos;

    SentenceTags(String[] words, POSTaggerME tagger) {
        this.words = words;
        this.tagger = tagger;
    }

    String tag(int i) {
        synchronized (tagger) {
            if (tags == null) {
                long t = System.nanoTime();
                tags = tagger.tag(words);
                nanos = System.nanoTime() - t;
            }
            return tags[i];
        }
    }

    boolean done() {
        synchronized (tagger) {
            return tags != null;
        }
    }

    /** Nanoseconds the tagging took, 0 while not tagged. */
    long nanos() {
        synchronized (tagger) {
            return nanos;
        }
    }
}

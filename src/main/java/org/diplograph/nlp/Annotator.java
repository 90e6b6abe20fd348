package org.diplograph.nlp;

/** The NLP stage: splits text into sentences and tokens and tags them. Instances are used by one thread. */
public interface Annotator {
    AnnotatedText annotate(String text);
}

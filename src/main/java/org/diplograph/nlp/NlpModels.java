package org.diplograph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models, loaded once from the classpath (the opennlp-models-*-en jars) and
 * shared by every pipeline: models are immutable; the ME tools built on them are not thread-safe.
 */
public final class NlpModels {
    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    final LemmatizerModel lemmas;

    private NlpModels(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l) {
        this.sentences = s;
        this.tokens = t;
        this.pos = p;
        this.lemmas = l;
    }

    public static NlpModels loadFromClasspath() {
        try {
            return new NlpModels(new SentenceModel(open(SENTENCE)), new TokenizerModel(open(TOKENS)),
                    new POSModel(open(POS)), new LemmatizerModel(open(LEMMAS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath;"
                    + " the opennlp-models-*-en 1.3.0 jars are needed");
        }
        return in;
    }
}

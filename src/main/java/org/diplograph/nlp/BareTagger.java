package org.diplograph.nlp;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP sentence detection, tokenization and POS tagging with the project's models and nothing
 * else: the floor the benchmark compares the full pipeline with. Text is split at line breaks
 * first, as {@link OpenNlpAnnotator} does, so both read the same units. Not thread-safe: one per
 * thread, sharing the {@link NlpModels}.
 */
public final class BareTagger {
    /** Counts and nanoseconds per step for one text. */
    public record Tagged(int sentences, int tokens, long sentenceNanos, long tokenNanos, long posNanos) {}

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public BareTagger(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
    }

    public Tagged tag(String text) {
        int sentences = 0;
        int tokens = 0;
        long sentenceNanos = 0;
        long tokenNanos = 0;
        long posNanos = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (line.isBlank()) continue;
            long t0 = System.nanoTime();
            Span[] spans = sentenceDetector.sentPosDetect(line);
            long t1 = System.nanoTime();
            sentenceNanos += t1 - t0;
            for (Span s : spans) {
                long t2 = System.nanoTime();
                String[] words = tokenizer.tokenize(s.getCoveredText(line).toString());
                long t3 = System.nanoTime();
                tagger.tag(words);
                long t4 = System.nanoTime();
                tokenNanos += t3 - t2;
                posNanos += t4 - t3;
                sentences++;
                tokens += words.length;
            }
        }
        return new Tagged(sentences, tokens, sentenceNanos, tokenNanos, posNanos);
    }
}

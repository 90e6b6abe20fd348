package org.diplograph.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article, by OpenNLP's language detector (the 103-language model of
 * {@code opennlp-models-langdetect}). Extraction reads English only; an article in another
 * language is stored and reported as such, never misread. Short or mixed texts where the model is
 * unsure count as English, so that wire copy with tables and all-caps headings is not lost.
 */
public final class LanguageDetection {
    static final String MODEL = "/langdetect-183.bin";
    /**
     * Enough text to tell a language; more only costs time (the detector's time grows with the
     * sample: at 3,000 characters it took a seventh of a build's time, and 1,000 gave the same
     * answer on all 17,716 articles of the test corpus).
     */
    private static final int SAMPLE_CHARS = 1000;
    /** Below this many letters the model guesses; such texts are taken as English. */
    private static final int MIN_LETTERS = 120;
    /** How much more likely another language must be than English to be believed. */
    private static final double MARGIN = 4.0;

    /** Share of a sample's words that are English function words above which the text is English. */
    private static final double FUNCTION_WORD_SHARE = 0.10;
    static final String FUNCTION_WORDS = "/ontology/lexicon/english-function-words.tsv";
    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = functionWords();
    private static final int LONGEST_FUNCTION_WORD = ENGLISH_FUNCTION_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static volatile LanguageDetectorModel model;
    private static final Map<String, String> ISO1 = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                ISO1.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form: not one the model returns
            }
        }
    }

    private LanguageDetection() {}

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (LanguageDetection.class) {
                if (model == null) {
                    try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("the language model " + MODEL + " is not on the classpath;"
                                    + " the opennlp-models-langdetect 1.3.0 jar is needed");
                        }
                        model = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the language model", e);
                    }
                }
                m = model;
            }
        }
        return m;
    }

    /** The ISO 639-1 code of the text's language ("en", "de"; ISO 639-3 when it has no two-letter code). */
    public static String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) return "en";
        // most news in English says so in its commonest words: the model is needed only for the rest
        if (functionWordShare(sample) >= FUNCTION_WORD_SHARE) return "en";
        // the detector keeps no state between calls, but is cheap to make: one per call, safe on any thread
        Language[] ranked = new LanguageDetectorME(model()).predictLanguages(sample);
        if (ranked.length == 0 || ranked[0].getLang().equals("eng")) return "en";
        double english = 0;
        for (Language l : ranked) {
            if (l.getLang().equals("eng")) english = l.getConfidence();
        }
        if (ranked[0].getConfidence() < english * MARGIN) return "en";
        return iso1(ranked[0].getLang());
    }

    /** The share of the sample's words that are English function words. */
    static double functionWordShare(String sample) {
        int words = 0;
        int function = 0;
        int i = 0;
        int n = sample.length();
        while (i < n) {
            while (i < n && !Character.isLetter(sample.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) i++;
            if (i > start) {
                words++;
                if (i - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) function++;
            }
        }
        return words == 0 ? 0 : (double) function / words;
    }

    private static java.util.Set<String> functionWords() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream(FUNCTION_WORDS)) {
            if (in == null) throw new IllegalStateException(FUNCTION_WORDS + " is not on the classpath");
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
            }
            return java.util.Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FUNCTION_WORDS, e);
        }
    }

    static String iso1(String iso3) {
        return ISO1.getOrDefault(iso3, iso3);
    }

    public static boolean isEnglish(String code) { return code == null || code.equals("en"); }
}

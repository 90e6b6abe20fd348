package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP sentence detection, tokenization, and lazy UD POS tagging and lemmatization: a
 * sentence is tagged when a rule first asks for one of its tags ({@link SentenceTags}).
 * Not thread-safe: make one per worker thread from shared {@link NlpModels}.
 */
public final class OpenNlpAnnotator implements Annotator {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    public OpenNlpAnnotator(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
        this.lemmatizer = new LemmatizerME(models.lemmas);
    }

    @Override
    public AnnotatedText annotate(String text) {
        String plain = normalizeQuotes(text);
        List<Sentence> sentences = new ArrayList<>();
        // News text puts one paragraph (or headline, caption, byline) per line; the sentence model
        // does not split at line breaks, so each line is detected on its own, except where a line
        // break falls inside a sentence (a hard-wrapped page): then the lines it joins are one block.
        boolean hardWrapped = hardWrapped(plain);
        int blockStart = 0;
        int lineStart = 0;
        while (lineStart < plain.length()) {
            int lineEnd = plain.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = plain.length();
            int next = lineEnd + 1;
            if (next < plain.length() && continues(plain, lineStart, lineEnd, next, hardWrapped)) {
                lineStart = next;
                continue;
            }
            if (!plain.substring(blockStart, lineEnd).isBlank()) annotateLine(plain, blockStart, lineEnd, sentences);
            blockStart = lineStart = next;
        }
        return new AnnotatedText(text, plain, sentences);
    }

    /** A line that ends in none of these ends no sentence: the break after it may fall inside one. */
    private static final String SENTENCE_FINAL = ".!?:;\"\u201D')]";
    /** Lines that go on in lower case after such a line: this many make a page hard-wrapped ... */
    private static final int WRAPPED_BREAKS = 3;
    /** ... when they are at least this share of the breaks between two non-blank lines. */
    private static final double WRAPPED_SHARE = 0.2;

    /**
     * Whether the next line goes on with the sentence of this one: it starts in lower case after a line that ends in no
     * sentence-final mark ("... in an Orthodox monastery in northern Kosovo, setting off / a daylong gunbattle"), or, on a
     * hard-wrapped page, any non-blank line after such a line ("Kosovo Prime Minister / Albin Kurti accused Serbia").
     */
    private static boolean continues(String plain, int lineStart, int lineEnd, int next, boolean hardWrapped) {
        int last = lastNonSpace(plain, lineStart, lineEnd);
        if (last < 0 || SENTENCE_FINAL.indexOf(plain.charAt(last)) >= 0) return false;
        int first = firstNonSpace(plain, next);
        if (first < 0 || plain.charAt(first) == '\n') return false;
        return hardWrapped || Character.isLowerCase(plain.charAt(first));
    }

    /** A page whose line breaks often fall inside sentences: several lines, and a fair share of them, go on in lower case. */
    static boolean hardWrapped(String plain) {
        int breaks = 0;
        int wrapped = 0;
        int lineStart = 0;
        while (true) {
            int lineEnd = plain.indexOf('\n', lineStart);
            if (lineEnd < 0) break;
            int next = lineEnd + 1;
            int first = firstNonSpace(plain, next);
            if (lastNonSpace(plain, lineStart, lineEnd) >= 0 && first >= 0 && plain.charAt(first) != '\n') {
                breaks++;
                if (continues(plain, lineStart, lineEnd, next, false)) wrapped++;
            }
            lineStart = next;
        }
        return wrapped >= WRAPPED_BREAKS && wrapped >= WRAPPED_SHARE * breaks;
    }

    private static int lastNonSpace(String s, int from, int to) {
        for (int k = to - 1; k >= from; k--) if (!Character.isWhitespace(s.charAt(k))) return k;
        return -1;
    }

    /** The first character from {@code from} that is no space or tab (a line break counts), or -1. */
    private static int firstNonSpace(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\u00A0') return k;
        }
        return -1;
    }

    private void annotateLine(String plain, int lineStart, int lineEnd, List<Sentence> out) {
        // a block of several lines is read as one line: its breaks are spaces of the same length, so offsets hold
        String line = plain.substring(lineStart, lineEnd).replace('\n', ' ');
        for (Span s : mergeAfterAbbreviations(line, sentenceDetector.sentPosDetect(line))) {
            String sentenceText = s.getCoveredText(line).toString();
            Span[] spans = splitFinalPeriod(sentenceText,
                    splitCompounds(sentenceText, joinLowerCaseCompounds(sentenceText, tokenizer.tokenizePos(sentenceText))));
            if (spans.length == 0) continue;
            String[] words = new String[spans.length];
            for (int i = 0; i < spans.length; i++) words[i] = spans[i].getCoveredText(sentenceText).toString();
            SentenceTags tags = new SentenceTags(words, tagger); // tagged when a rule first reads a tag
            int base = lineStart + s.getStart();
            List<Token> tokens = new ArrayList<>(spans.length);
            for (int i = 0; i < spans.length; i++) {
                tokens.add(new Token(i, base + spans[i].getStart(), base + spans[i].getEnd(), words[i], tags));
            }
            out.add(new Sentence(out.size(), base + spans[0].getStart(), base + spans[spans.length - 1].getEnd(),
                    tokens, this::lemmatize));
        }
    }

    /**
     * "... signed by Senator Maria Ocampo.", "... said lead manager Smith Barney Inc.": the tokenizer model
     * leaves a sentence's full stop on a word it does not know; the stop is split off, so that the word
     * is a name ("Ocampo") or an organisation word ("Inc") like anywhere else. Initials keep theirs ("U.S.").
     */
    static Span[] splitFinalPeriod(String sentenceText, Span[] spans) {
        if (spans.length == 0) return spans;
        Span last = spans[spans.length - 1];
        String w = last.getCoveredText(sentenceText).toString();
        if (w.length() < 3 || !w.endsWith(".") || w.indexOf('.') != w.length() - 1
                || !Character.isLetter(w.charAt(w.length() - 2))) return spans;
        Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    private static final java.util.regex.Pattern ENDS_IN_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|MR|MRS|Gen|Lt|Col|Adm|Sen|Rep|Gov|Prof|Sgt|Capt|Maj|St|Pres|Amb|Cmdr|Brig"
            + "|Sec|Rev|Hon|Supt|Cpl|Pvt|Lieut)\\."
            // a middle initial after a capitalised given name: "John F. Kennedy", "George W. Bush"
            + "|\\b\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\."
            // a first initial after a comma or a lower-case title: "Kathmandu's prime minister, K. P. Sharma Oli"
            + "|(?:,|\\b\\p{Ll}+)\\s\\p{Lu}\\.)$");
    /** Words that do start a new sentence after "U.S.": "...deals with the U.S. The visit..." */
    /** The abbreviations of months that news writes before a day or a year (AP style: "Aug. 10", "Sept. 3"). */
    private static final java.util.regex.Pattern ENDS_IN_MONTH = java.util.regex.Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");

    private static final java.util.Set<String> SENTENCE_STARTERS = java.util.Set.of("The", "A", "An", "It", "He", "She",
            "They", "We", "I", "This", "That", "These", "Those", "But", "And", "In", "On", "At", "As", "If", "When",
            "While", "Its", "His", "Her", "Their", "There", "Some", "Many", "Both", "After", "Before", "Yet", "So");

    /**
     * The sentence model ends a sentence after "U.S." or "Mr." even inside "the U.S. President Joe Biden",
     * after a title's abbreviation ("Gen.", "Pres.", "Sen."), after a middle initial ("John F.
     * Kennedy") and after a first initial ("its foreign minister, N. P. Saud"); such a split is undone
     * unless the next part starts like a new sentence. A part that starts in lower case after a full
     * stop ("Marcos Jr. accused") always continues the sentence.
     */
    static Span[] mergeAfterAbbreviations(String line, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                // the pattern is anchored at the end: its last few words are enough
                String prevText = line.substring(Math.max(prev.getStart(), prev.getEnd() - 40), prev.getEnd());
                String firstWord = firstWord(line, s.getStart(), s.getEnd());
                // the cheap tests first: most sentences start with a word that cannot continue a name
                if (!firstWord.isEmpty() && Character.isUpperCase(firstWord.charAt(0))
                        && !SENTENCE_STARTERS.contains(firstWord) && ENDS_IN_ABBREVIATION.matcher(prevText).find()) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
                // "SEOUL, Aug. 10 (Yonhap) --", "in Dec. 2019": a month's abbreviation before a number ends no sentence
                if (!firstWord.isEmpty() && Character.isDigit(firstWord.charAt(0)) && ENDS_IN_MONTH.matcher(prevText).find()) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
                // "President Ferdinand Marcos Jr. accused China": a sentence does not go on in lower case; nor does
                // one end at a comma ("crossed the line at 9:30 a.m., becoming the first")
                char last = line.charAt(prev.getEnd() - 1);
                if (last == ',' || !firstWord.isEmpty() && Character.isLowerCase(firstWord.charAt(0)) && last == '.') {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /** The text from {@code start} up to the first white space or comma (empty if it starts with one). */
    private static String firstWord(String line, int start, int end) {
        int i = start;
        while (i < end && " \t\n\u000B\f\r,".indexOf(line.charAt(i)) < 0) i++;
        return line.substring(start, i);
    }

    /**
     * The model splits "stand-off" and "two-month" into pieces; they are one word for the rules
     * ("a two-month stand-off with the Philippines"). Joined where the first part is lower case or a number.
     */
    static Span[] joinLowerCaseCompounds(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                boolean touching = prev.getEnd() == span.getStart();
                char first = text.charAt(prev.getStart());
                boolean lowerHead = Character.isLowerCase(first) || Character.isDigit(first);
                boolean prevEndsInHyphen = text.charAt(prev.getEnd() - 1) == '-' && prev.length() > 1;
                boolean hyphenNext = text.charAt(span.getStart()) == '-';
                boolean isHyphen = span.length() == 1 && hyphenNext;
                // "Retno" split as "Ret" + "no" by the tokenizer model: a capitalised word is one word up to its space
                if (touching && splitName(text, prev, span)) {
                    out.set(out.size() - 1, new Span(prev.getStart(), span.getEnd()));
                    continue;
                }
                if (touching && lowerHead && (hyphenNext && !isHyphen || prevEndsInHyphen
                        || isHyphen && span.getEnd() < text.length() && Character.isLetterOrDigit(text.charAt(span.getEnd())))) {
                    out.set(out.size() - 1, new Span(prev.getStart(), span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        return out.toArray(new Span[0]);
    }

    /** Two touching runs of letters, a capitalised one and a lower-case one. */
    private static boolean splitName(String text, Span prev, Span span) {
        if (!Character.isUpperCase(text.charAt(prev.getStart()))) return false;
        for (int i = prev.getStart(); i < prev.getEnd(); i++) if (!Character.isLetter(text.charAt(i))) return false;
        for (int i = span.getStart(); i < span.getEnd(); i++) if (!Character.isLowerCase(text.charAt(i))) return false;
        return true;
    }

    /**
     * Splits "U.S.-China", "Japanese-controlled" and "Sino-Indian" at the hyphen, so that rules
     * see the country and the word it qualifies as separate tokens. Only where the part before the
     * hyphen is capitalised: "two-day" and "pro-Kremlin" stay whole. Also splits off possessive 's.
     */
    static Span[] splitCompounds(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span span : spans) {
            int start = span.getStart();
            if (span.length() > 1 && (text.charAt(start) == '-' || text.charAt(start) == '/') && Character.isLetter(text.charAt(start + 1))) {
                // the model sometimes gives "India" "-Pakistan", "Moroccan" "-administered", "U.S." "/Japan"
                out.add(new Span(start, start + 1));
                start++;
            }
            for (int i = span.getStart() + 1; i < span.getEnd() - 1; i++) {
                if (text.charAt(i) == '/' && Character.isLetter(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))) {
                    out.add(new Span(start, i)); // "Photo/Pablo Martinez": a credit line
                    out.add(new Span(i, i + 1));
                    start = i + 1;
                } else if (text.charAt(i) == '-' && Character.isUpperCase(text.charAt(start))
                        && Character.isLetterOrDigit(text.charAt(i + 1))
                        && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
                    out.add(new Span(start, i));
                    out.add(new Span(i, i + 1));
                    start = i + 1;
                }
            }
            int end = span.getEnd();
            Span trailingHyphen = null;
            if (end - start > 1 && text.charAt(end - 1) == '-' && Character.isLetter(text.charAt(end - 2))) {
                trailingHyphen = new Span(end - 1, end); // "Russian-" "held"
                end--;
            }
            // the model leaves possessives on the word ("Israel's", "leaders'"): rules need them apart
            if (end - start > 2 && text.startsWith("'s", end - 2) && Character.isLetter(text.charAt(end - 3))) {
                out.add(new Span(start, end - 2));
                out.add(new Span(end - 2, end));
            } else if (end - start > 2 && text.charAt(end - 1) == '\'' && text.charAt(end - 2) == 's') {
                out.add(new Span(start, end - 1));
                out.add(new Span(end - 1, end));
            } else {
                out.add(new Span(start, end));
            }
            if (trailingHyphen != null) out.add(trailingHyphen);
        }
        return out.toArray(new Span[0]);
    }

    private String[] lemmatize(Sentence sentence) {
        int n = sentence.size();
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = sentence.token(i).text();
            tags[i] = sentence.token(i).pos();
        }
        return lemmatizer.lemmatize(words, tags);
    }

    /**
     * Curly quotes and apostrophes become ASCII, one character for one, so offsets stay valid:
     * the tokenizer model does not split "Trump’s" or "‘America" otherwise.
     */
    static String normalizeQuotes(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            switch (chars[i]) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> chars[i] = '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033' -> chars[i] = '"';
                case '\u00A0', '\u2009', '\u202F' -> chars[i] = ' ';
                case '\u2013', '\u2014' -> chars[i] = '-';
                default -> { }
            }
        }
        return new String(chars);
    }
}

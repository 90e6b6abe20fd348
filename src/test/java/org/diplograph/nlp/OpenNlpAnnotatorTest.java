package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.TestKnowledge;
import org.junit.jupiter.api.Test;

class OpenNlpAnnotatorTest {
    private final OpenNlpAnnotator annotator = new OpenNlpAnnotator(TestKnowledge.get().models());

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "Headline without a full stop\n\nXi’s visit to Japan ended. “It was useful,” Abe said.";
        AnnotatedText doc = annotator.annotate(text);
        assertEquals(3, doc.sentences().size(), "the headline line is a sentence of its own");
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), doc.plain().substring(t.begin(), t.end()));
            }
        }
        List<String> words = doc.sentences().get(1).tokens().stream().map(Token::text).toList();
        assertTrue(words.contains("Xi") && words.contains("'s"), "curly apostrophe split off: " + words);
    }

    @Test
    void splitsCapitalisedHyphenCompounds() {
        AnnotatedText doc = annotator.annotate("The Japanese-controlled islands, the U.S.-China trade war and the India-Pakistan row.");
        List<String> words = doc.sentences().get(0).tokens().stream().map(Token::text).toList();
        assertTrue(words.containsAll(List.of("Japanese", "-", "controlled", "U.S.", "China", "India", "Pakistan")),
                words.toString());
    }

    @Test
    void aCapitalisedWordIsOneTokenUpToItsSpace() {
        List<String> words = annotator.annotate("Foreign Minister Retno Marsudi said Jakarta cannot wait.").sentences().get(0)
                .tokens().stream().map(Token::text).toList();
        assertTrue(words.contains("Retno") && words.contains("Marsudi"), words.toString());
        List<String> possessive = annotator.annotate("Retno's visit ended.").sentences().get(0).tokens().stream().map(Token::text).toList();
        assertTrue(possessive.contains("Retno") && possessive.contains("'s"), possessive.toString());
    }

    @Test
    void tagsWithUniversalDependenciesAndLemmatizesLazily() {
        Sentence s = annotator.annotate("Abe visited Moscow.").sentences().get(0);
        assertEquals("PROPN", s.token(0).pos());
        assertTrue(!s.lemmasComputed());
        assertEquals("visit", s.lemma(1));
        assertTrue(s.lemmasComputed());
    }

    @Test
    void tagsASentenceOnlyWhenOneOfItsTagsIsRead() {
        AnnotatedText doc = annotator.annotate("Rain fell all day. Lula flew to Caracas on Monday.\nShares rose.");
        assertEquals(3, doc.sentences().size());
        assertTrue(doc.sentences().stream().noneMatch(Sentence::tagged), "nothing tagged before a tag is read");
        Sentence second = doc.sentences().get(1);
        assertEquals("PROPN", second.token(0).pos());
        assertTrue(second.tagged() && second.lazyTagNanos() > 0);
        assertTrue(!doc.sentences().get(0).tagged() && !doc.sentences().get(2).tagged(), "the other sentences stay untagged");
    }

    @Test
    void lazyTagsAreTheTagsOfTheWholeSentenceTaggedAtOnce() {
        String text = "The Indian army said Chinese troops had crossed into Ladakh. Beijing denied it.\n"
                + "Officials in New Delhi met the ambassador, who left without comment.";
        opennlp.tools.postag.POSTaggerME upFront = new opennlp.tools.postag.POSTaggerME(TestKnowledge.get().models().pos);
        AnnotatedText doc = annotator.annotate(text);
        // read the tags from the last token backwards, and the sentences in reverse order
        for (int si = doc.sentences().size() - 1; si >= 0; si--) {
            Sentence s = doc.sentences().get(si);
            String[] lazy = new String[s.size()];
            for (int i = s.size() - 1; i >= 0; i--) lazy[i] = s.token(i).pos();
            String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
            assertEquals(List.of(upFront.tag(words)), List.of(lazy), "sentence " + si);
        }
    }

    @Test
    void noSplitAfterMiddleInitialsOrTitleAbbreviations() {
        assertEquals(1, annotator.annotate("President John F. Kennedy met Gen. Maxwell Taylor in the Oval Office.").sentences().size());
        assertEquals(1, annotator.annotate("George W. Bush met Pres. Vladimir Putin and Sen. John Kerry.").sentences().size());
        assertEquals(1, annotator.annotate("Harry S. Truman spoke to Lt. Gen. Lucius D. Clay.").sentences().size());
        // a briefing transcript's speaker label
        assertEquals(1, annotator.annotate("MR. BOUCHER: We do not take a position on sovereignty.").sentences().size());
        // (not "MS", which is as often multiple sclerosis)
        assertEquals(2, annotator.annotate("The drug helps patients with MS. Final approval is expected soon.").sentences().size());
    }

    @Test
    void noSplitAfterAFirstInitialAfterACommaOrATitle() {
        assertEquals(1, annotator.annotate("Nepal's foreign minister, N. P. Saud, met his counterpart.").sentences().size());
        assertEquals(1, annotator.annotate("The bank's chairman C. Fred Bergsten resigned on Monday.").sentences().size());
        // a capital after a full stop that follows a word, not an initial, still opens a sentence
        assertEquals(2, annotator.annotate("The talks were held in Oslo. Negotiators left on Friday.").sentences().size());
    }

    @Test
    void noSplitAfterAMonthsAbbreviationBeforeADayOrYear() {
        assertEquals(1, annotator.annotate("SEOUL, Aug. 10 (Yonhap) -- President Lee Myung-bak visited the islets.").sentences().size());
        assertEquals(1, annotator.annotate("The talks ended in Sept. 2019 after a row over fishing.").sentences().size());
    }

    @Test
    void noSentenceEndsAtAComma() {
        assertEquals(1, annotator.annotate("The envoy crossed the border at 9:30 a.m., becoming the first to do so.").sentences().size());
        assertEquals(1, annotator.annotate("Talks resumed at 4 p.m., officials in Geneva said.").sentences().size());
    }

    @Test
    void stillSplitsAtRealSentenceEnds() {
        assertEquals(2, annotator.annotate("The delegation met Gen. Taylor. The talks ended at noon.").sentences().size());
        assertEquals(2, annotator.annotate("The plan was approved by Congress. Kennedy signed it on Friday.").sentences().size());
    }

    @Test
    void aLineBreakInsideASentenceOfAHardWrappedPageEndsNoSentence() {
        String page = "Fishing boats from both sides crowded\n"
                + "the shoal on Monday, and coast guard ships\n"
                + "followed them. Philippine Foreign Secretary\n"
                + "Enrique Manalo protested to the ambassador,\n"
                + "who said the waters were Chinese.\n";
        var sentences = annotator.annotate(page).sentences();
        assertEquals(2, sentences.size());
        // the title and the name on two lines are one sentence, and offsets still point into the page
        assertEquals("Philippine Foreign Secretary\nEnrique Manalo protested to the ambassador,\nwho said the waters were Chinese.",
                page.substring(sentences.get(1).begin(), sentences.get(1).end()));
    }

    @Test
    void aLowerCaseLineGoesOnWithTheSentenceBeforeIt() {
        assertEquals(1, annotator.annotate("The minister flew to Hanoi on Tuesday\nfor talks on the reef.").sentences().size());
    }

    @Test
    void oneParagraphALineStaysOneParagraphALine() {
        // a headline without a full stop, then a paragraph: a page that is not hard-wrapped keeps its lines apart
        assertEquals(3, annotator.annotate("Leaders meet in Manila\nPresident Marcos met the envoy. Talks went on.\n").sentences().size());
        assertEquals(2, annotator.annotate("Print\n\nthe envoy arrived on Monday.").sentences().size());
    }
}

package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The function-word shortcut and the model agree: English by its commonest words, other languages by the model. */
class LanguageDetectionTest {
    private static final String ENGLISH = "The foreign minister said on Tuesday that the talks with the delegation from "
            + "the neighbouring state had been useful, and that both sides would meet again after the elections, which "
            + "are due in the spring. Officials from the two governments have met four times this year.";
    private static final String GERMAN = "Der Außenminister sagte am Dienstag, die Gespräche mit der Delegation des "
            + "Nachbarstaates seien nützlich gewesen und beide Seiten wollten sich nach den Wahlen im Frühjahr erneut "
            + "treffen. Vertreter der beiden Regierungen haben sich in diesem Jahr viermal getroffen.";
    private static final String FRENCH = "Le ministre des Affaires étrangères a déclaré mardi que les discussions avec la "
            + "délégation de l'État voisin avaient été utiles et que les deux parties se reverraient après les élections "
            + "du printemps. Les représentants des deux gouvernements se sont rencontrés quatre fois cette année.";

    @Test
    void englishNewsIsReadByItsFunctionWords() {
        assertTrue(LanguageDetection.functionWordShare(ENGLISH) >= 0.10, "share " + LanguageDetection.functionWordShare(ENGLISH));
        assertEquals("en", LanguageDetection.detect(ENGLISH));
    }

    @Test
    void otherLanguagesHaveNoneAndGoToTheModel() {
        assertEquals(0.0, LanguageDetection.functionWordShare(GERMAN));
        assertEquals(0.0, LanguageDetection.functionWordShare(FRENCH));
        assertEquals("de", LanguageDetection.detect(GERMAN));
        assertEquals("fr", LanguageDetection.detect(FRENCH));
    }

    @Test
    void aShortTextCountsAsEnglish() {
        assertEquals("en", LanguageDetection.detect("Der Minister sagte."));
    }
}

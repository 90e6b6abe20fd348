package org.diplograph.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingIndexTest {
    private static SpellingIndex index() {
        SpellingIndex index = new SpellingIndex();
        index.add("Hassan Rouhani", "p:rouhani");
        index.add("Nikol Pashinyan", "p:pashinyan");
        index.add("Ilham Aliyev", "p:aliyev");
        index.add("John Bruton", "p:bruton");
        index.add("Ali Hassan", "p:ali-hassan");
        index.add("Ali Hassen", "p:ali-hassen");
        return index;
    }

    @Test
    void anotherTransliterationOrATypoIsTheSamePerson() {
        SpellingIndex index = index();
        assertEquals("p:rouhani", index.personSpelledLike("Hassan Rowhani"));
        assertEquals("p:pashinyan", index.personSpelledLike("Nikol Pashinian"));
        assertEquals("p:aliyev", index.personSpelledLike("Ilham Aliev"));
        assertEquals("p:rouhani", index.personSpelledLike("Hasan Rouhani"));
    }

    @Test
    void namesTwoLettersApartOrOfAnotherShapeAreOtherPeople() {
        SpellingIndex index = index();
        assertNull(index.personSpelledLike("John Button"));      // two letters apart
        assertNull(index.personSpelledLike("Hassan Rouhani Jr")); // another word
        assertNull(index.personSpelledLike("Nikol Bashinyan"));   // a word opens with another letter
        assertNull(index.personSpelledLike("Ali Hassin"));        // a letter from two persons' names
    }

    @Test
    void oneEditIsAChangeAnInsertionOrASwap() {
        assertTrue(SpellingIndex.oneEditApart("carlsson", "calrsson"));
        assertTrue(SpellingIndex.oneEditApart("mitterand", "mitterrand"));
        assertFalse(SpellingIndex.oneEditApart("button", "bruton"));
        assertFalse(SpellingIndex.oneEditApart("liang", "lange"));
    }
}

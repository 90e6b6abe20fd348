package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReaderTest {
    @TempDir Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void readsTitleDateIdAndHash() throws Exception {
        Path p = write("talks-2019.txt", ("Print\n\nLeaders meet for border talks in Delhi\n\n"
                + "NEW DELHI, April 27, 2017 — The two leaders met.\n").getBytes(StandardCharsets.UTF_8));
        Article a = new TextArticleReader().read(p);
        assertEquals("talks-2019", a.id());
        assertEquals("Leaders meet for border talks in Delhi", a.title());
        assertEquals(LocalDate.of(2017, 4, 27), a.date());
        assertEquals(64, a.sha256().length());
        assertEquals(TextArticleReader.sha256(a.text()), a.sha256());
    }

    @Test
    void readsDatesWithOrdinalsAndTheDayFirst() {
        assertEquals(LocalDate.of(2012, 4, 12), TextArticleReader.guessDate("By A. Writer\n1:14 am | Thursday, April 12th, 2012\n\nMANILA - The talks"));
        assertEquals(LocalDate.of(2016, 6, 23), TextArticleReader.guessDate("Published 23 June 2016\nJAKARTA - The president"));
        assertEquals(LocalDate.of(2001, 3, 16), TextArticleReader.guessDate("Friday 16th March, 2001. THE HAGUE - The court"));
        // the first date in the text is the article's
        assertEquals(LocalDate.of(1990, 8, 2), TextArticleReader.guessDate("2 August 1990 - Iraq invaded Kuwait, weeks after July 17, 1990"));
        assertNull(TextArticleReader.guessDate("Seats 40 June 2016"));
    }

    @Test
    void noHeadlineNoDate() throws Exception {
        Article a = new TextArticleReader().read(write("x.txt",
                "The two leaders met on Monday and agreed to talk again.".getBytes(StandardCharsets.UTF_8)));
        assertNull(a.title());
        assertNull(a.date());
    }

    @Test
    void refusesEmptyBlankBinaryInvalidUtf8AndHugeFiles() throws Exception {
        TextArticleReader reader = new TextArticleReader(1000);
        assertTrue(assertThrows(InvalidArticleException.class, () -> reader.read(write("e.txt", new byte[0])))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> reader.read(write("b.txt", " \n\t\n".getBytes())))
                .getMessage().contains("white space"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> reader.read(write("n.bin", new byte[] {'a', 0, 'b'})))
                .getMessage().contains("binary"));
        assertTrue(assertThrows(InvalidArticleException.class,
                () -> reader.read(write("l.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9}))).getMessage().contains("UTF-8"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> reader.read(write("h.txt", new byte[2000])))
                .getMessage().contains("limit"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> reader.read(dir.resolve("missing.txt")))
                .getMessage().contains("missing.txt"));
    }

    @Test
    void dropsByteOrderMark() throws Exception {
        Article a = new TextArticleReader().read(write("bom.txt", "\uFEFFJapan and China met.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Japan and China met.", a.text());
    }
}

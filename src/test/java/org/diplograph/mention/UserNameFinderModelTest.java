package org.diplograph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.diplograph.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --ner-model merges the names of a user's OpenNLP model with the rule-based mentions. */
class UserNameFinderModelTest {
    @TempDir static Path dir;
    static Path model;

    /** Invented names the rules cannot know: their first words are in no given-name list. */
    private static final String[][] NAMES = {{"Zorblat", "Quimby"}, {"Vexin", "Tarrow"}, {"Ulmo", "Brask"},
            {"Quorin", "Dastel"}, {"Pell", "Yarrick"}, {"Orvis", "Kalloway"}, {"Trinq", "Moravel"}, {"Hask", "Lunnet"}};
    private static final String[] TEMPLATES = {
        "Envoy <START:person> %s %s <END> arrived in the capital on Monday .",
        "<START:person> %s %s <END> said the talks would continue .",
        "The meeting was chaired by <START:person> %s %s <END> , officials said .",
        "According to <START:person> %s %s <END> , the border was calm .",
        "<START:person> %s %s <END> met reporters after the summit ."};

    @BeforeAll
    static void trainTinyModel() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < NAMES.length - 1; i++) { // the last name is kept for testing
            for (String t : TEMPLATES) lines.add(String.format(t, NAMES[i][0], NAMES[i][1]));
        }
        ObjectStream<NameSample> samples = new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines));
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 50);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        TokenNameFinderModel m = NameFinderME.train("en", null, samples, params, new TokenNameFinderFactory());
        model = dir.resolve("tiny-person.bin");
        try (OutputStream out = Files.newOutputStream(model)) {
            m.serialize(out);
        }
    }

    private static String extract(String text, String... options) throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"), text);
        List<String> args = new ArrayList<>(List.of("extract", "--format", "nt"));
        args.addAll(List.of(options));
        args.add(article.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @Test
    void theModelAddsNamesTheRulesMiss() throws Exception {
        String text = "Hask Lunnet said the talks would continue. Chinese President Xi Jinping arrived later.";
        String without = extract(text);
        String with = extract(text, "--ner-model", model.toString());
        assertFalse(without.contains("\"Hask Lunnet\""), "the rules alone do not know this name");
        assertTrue(with.contains("\"Hask Lunnet\"@en"), with);
        assertTrue(with.contains("/person/xi-jinping"), "rule-based mentions are kept");
    }

    @Test
    void aFileThatIsNoModelIsRefused() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
        Path article = Files.writeString(dir.resolve("a.txt"), "Japan and China met.");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "extract", "--ner-model",
                junk.toString(), article.toString());
        assertEquals(3, code);
        assertTrue(err.toString().contains("not an OpenNLP name-finder model"), err.toString());
    }
}

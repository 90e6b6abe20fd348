package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lemma candidates of a word by regular English endings and a table of irregular forms,
 * with no statistical model: enough to match trigger words, at a fraction of the cost of
 * OpenNLP's lemmatizer (which is most of the NLP time). "denounces" gives "denounce"; "met" gives
 * "meet" through the table; "occupied" gives "occupy".
 */
public final class CheapLemmatizer {
    private final Map<String, String> irregular;

    public CheapLemmatizer(Map<String, String> irregular) { this.irregular = Map.copyOf(irregular); }

    /** The lower-cased word itself first, then the candidates its ending suggests. */
    public List<String> candidates(String lowerWord) {
        List<String> out = new ArrayList<>(4);
        out.add(lowerWord);
        String irr = irregular.get(lowerWord);
        if (irr != null) {
            out.add(irr);
            return out;
        }
        int n = lowerWord.length();
        if (n > 4 && lowerWord.endsWith("ies")) out.add(lowerWord.substring(0, n - 3) + "y");
        if (n > 4 && lowerWord.endsWith("ied")) out.add(lowerWord.substring(0, n - 3) + "y");
        for (String suffix : new String[] {"es", "s", "ed", "d", "ing"}) {
            if (n > suffix.length() + 2 && lowerWord.endsWith(suffix)) {
                String stem = lowerWord.substring(0, n - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                int k = stem.length();
                if (k > 2 && stem.charAt(k - 1) == stem.charAt(k - 2)) out.add(stem.substring(0, k - 1)); // "planned"
            }
        }
        return out;
    }
}

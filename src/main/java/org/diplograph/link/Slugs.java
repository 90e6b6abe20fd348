package org.diplograph.link;

import java.text.Normalizer;
import java.util.Locale;

/** The slug rule of ontology/README.md: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". */
public final class Slugs {
    private Slugs() {}

    public static String slug(String name) {
        // letters that do not decompose into a base letter and an accent
        String mapped = name.replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
                .replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
                .replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("Œ", "Oe")
                .replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th");
        String ascii = Normalizer.normalize(mapped, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}

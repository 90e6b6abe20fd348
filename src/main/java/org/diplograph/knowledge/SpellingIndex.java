package org.diplograph.knowledge;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Full names of reference persons by how they sound in Latin letters, to find one written in another
 * transliteration: "Hassan Rowhani" (Rouhani), "Nikol Pashinian" (Pashinyan), "Ilham Aliev" (Aliyev),
 * "Mahmud Abbas" (Mahmoud). Names are folded (accents, case, y as i, w and ou as u) and match when they
 * differ by at most one letter (or two swapped), with the same number of words and the same first letter in each;
 * a name that two persons could be matches neither. Looked up by single-letter deletions (each
 * name is indexed with every form that has one letter less), so a query costs a few dozen lookups.
 */
public final class SpellingIndex {
    /** Folded names shorter than this are too short for a letter of difference to be a spelling. */
    private static final int MIN_LENGTH = 9;

    /** Each key to the folded names it stands for, several joined by a newline (most keys have one: no set each). */
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> personOfFolded = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    void add(String name, String personIri) {
        String folded = fold(name);
        if (folded.length() < MIN_LENGTH) return;
        String before = personOfFolded.putIfAbsent(folded, personIri);
        if (before != null && !before.equals(personIri)) ambiguous.add(folded);
        for (String key : keys(folded)) {
            byKey.merge(key, folded, (was, add) -> ("\n" + was + "\n").contains("\n" + add + "\n") ? was : was + "\n" + add);
        }
    }

    /** The one person whose reference name is spelled like {@code name}, or null. */
    String personSpelledLike(String name) {
        String folded = fold(name);
        if (folded.length() < MIN_LENGTH) return null;
        String found = null;
        for (String key : keys(folded)) {
            String candidates = byKey.get(key);
            if (candidates == null) continue;
            for (String candidate : candidates.split("\n")) {
                if (!sameShape(folded, candidate) || !oneEditApart(folded, candidate)) continue;
                if (ambiguous.contains(candidate)) return null;
                String person = personOfFolded.get(candidate);
                if (found != null && !found.equals(person)) return null;
                found = person;
            }
        }
        return found;
    }

    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace('-', ' ').replaceAll("[^a-z ]", "").replaceAll(" +", " ").strip();
        return s.replace("ou", "u").replace('w', 'u').replace('y', 'i');
    }

    /** The folded name and each form of it with one letter left out. */
    private static Set<String> keys(String folded) {
        Set<String> out = new HashSet<>();
        out.add(folded);
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) != ' ') out.add(folded.substring(0, i) + folded.substring(i + 1));
        }
        return out;
    }

    /**
     * At most one letter inserted, left out, changed, or two neighbours swapped ("Calrsson"): the
     * deletion keys also bring pairs two changes apart ("Button", "Bruton"), which are other names.
     */
    public static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true; // one changed
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two swapped
        }
        String longer = a.length() > b.length() ? a : b, shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i)); // one left out
    }

    /** The same words, each opening with the same letter. */
    private static boolean sameShape(String a, String b) {
        String[] wa = a.split(" "), wb = b.split(" ");
        if (wa.length != wb.length || wa.length < 2) return false;
        for (int i = 0; i < wa.length; i++) if (wa[i].charAt(0) != wb[i].charAt(0)) return false;
        return true;
    }
}

package org.diplograph.mention;

import java.util.Comparator;
import java.util.List;

/** Small helpers over mention lists. */
public final class Mentions {
    private Mentions() {}

    public static final Comparator<Mention> BY_POSITION =
            Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed());

    /** True if any mention in the list covers the character offset. */
    static boolean covers(List<Mention> mentions, int sentence, int offset) {
        for (Mention m : mentions) if (m.sentence() == sentence && m.begin() <= offset && offset < m.end()) return true;
        return false;
    }
}

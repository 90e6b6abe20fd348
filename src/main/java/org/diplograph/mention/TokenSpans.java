package org.diplograph.mention;

import java.util.List;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/** Helpers between character offsets and token positions. */
final class TokenSpans {
    private TokenSpans() {}

    /** Tokens {first, lastExclusive} that overlap the characters [begin, end), or null if none. */
    static int[] tokenRange(Sentence s, int begin, int end) {
        List<Token> tokens = s.tokens();
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.end() > begin && t.begin() < end) {
                if (first < 0) first = t.index();
                last = t.index();
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }
}

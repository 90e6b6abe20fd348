package org.diplograph.relation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.diplograph.knowledge.EntityType;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.link.Entity;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.LinkedMention;

/**
 * The state an article is mainly about: the country it names most often (by name, capital or
 * adjective), the first named on a tie, and only when it is named at least twice and clearly more
 * often than the runner-up.
 */
final class MainState {
    private static final int MIN_MENTIONS = 2;

    private MainState() {}

    static String of(LinkedArticle article) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LinkedMention lm : article.mentions()) {
            if (lm.mention().kind() == MentionKind.ANAPHOR && !lm.mention().text().equalsIgnoreCase("its")) continue;
            if (lm.mention().kind() == MentionKind.CITY) continue; // a venue, not a party
            for (Entity e : lm.entities()) {
                if (e.type() == EntityType.COUNTRY) counts.merge(e.iri(), 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > bestCount) {
                second = bestCount;
                best = c.getKey();
                bestCount = c.getValue();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        return bestCount >= MIN_MENTIONS && bestCount > second ? best : null;
    }
}

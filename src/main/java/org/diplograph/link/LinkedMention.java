package org.diplograph.link;

import java.util.List;
import org.diplograph.mention.Mention;

/** A mention with the entity it refers to; a pair anaphor ("the two leaders") refers to two. */
public record LinkedMention(Mention mention, List<Entity> entities) {
    public LinkedMention {
        entities = List.copyOf(entities);
    }

    public Entity entity() { return entities.get(0); }

    public boolean isGroup() { return entities.size() > 1; }
}

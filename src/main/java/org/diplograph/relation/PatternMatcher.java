package org.diplograph.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diplograph.knowledge.EntityType;
import org.diplograph.link.LinkedMention;
import org.diplograph.knowledge.MentionKind;
import org.diplograph.nlp.CheapLemmatizer;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/** Matches one {@link Pattern} over one sentence; finds at most one match per start token. */
final class PatternMatcher {
    /** How far before a trigger a modal or negation cancels it. */
    private static final int BLOCKER_WINDOW = 4;

    /** One match: who is subject and object (or the members of a pair) and the trigger tokens. */
    record Match(List<LinkedMention> subjects, List<LinkedMention> objects, List<Integer> triggers,
                 int startToken, int endToken) {}

    private record SlotMatch(List<LinkedMention> members, int end) {}

    private final Sentence sentence;
    private final LinkedMention[] startingAt;
    private final LinkedMention[] covering;
    /** Persons whose title phrase starts at a token: "with [South Korean President] Yoon". */
    private final LinkedMention[] titledFrom;
    private final Set<String> blockers;
    private final Set<String> clauseBoundaries;
    private final CheapLemmatizer lemmatizer;

    PatternMatcher(Sentence sentence, List<LinkedMention> mentions, RelationRules rules) {
        this.sentence = sentence;
        this.startingAt = new LinkedMention[sentence.size()];
        this.covering = new LinkedMention[sentence.size()];
        this.titledFrom = new LinkedMention[sentence.size()];
        this.blockers = rules.blockers();
        this.clauseBoundaries = rules.clauseBoundaries();
        this.lemmatizer = rules.lemmatizer();
        for (LinkedMention lm : mentions) {
            int start = lm.mention().tokenStart();
            if (startingAt[start] == null || startingAt[start].mention().tokenEnd() < lm.mention().tokenEnd()) {
                startingAt[start] = lm;
            }
            for (int t = start; t < lm.mention().tokenEnd(); t++) if (covering[t] == null) covering[t] = lm;
            if (lm.mention().titleBegin() < lm.mention().begin()) {
                for (Token tok : sentence.tokens()) {
                    if (tok.begin() == lm.mention().titleBegin()) titledFrom[tok.index()] = lm;
                }
            }
        }
    }

    List<Match> matches(Pattern pattern) {
        List<Match> out = new ArrayList<>();
        for (int start = 0; start < sentence.size(); start++) {
            State st = new State(start);
            if (match(pattern.elements(), 0, start, st)) {
                Match m = st.toMatch();
                if (!blocked(m, pattern.elements().get(0) instanceof Pattern.Slot)) out.add(m);
            }
        }
        return out;
    }

    private boolean match(List<Pattern.Element> elements, int e, int t, State st) {
        if (e == elements.size()) {
            st.end = t;
            return true;
        }
        Pattern.Element el = elements.get(e);
        int n = sentence.size();
        if (el instanceof Pattern.Slot slot) {
            SlotMatch sm = slotAt(t, slot);
            if (sm == null) return false;
            // "Conlon's father was arrested when travelling": a possessor is not the one who acts
            if (!slot.role().equals("PAIR") && e + 1 < elements.size() && elements.get(e + 1) instanceof Pattern.Gap
                    && sm.end() < n && sentence.token(sm.end()).text().startsWith("'")) {
                return false;
            }
            List<LinkedMention> saved = st.bind(slot.role(), sm.members());
            if (match(elements, e + 1, sm.end(), st)) return true;
            st.unbind(slot.role(), saved);
            return false;
        }
        if (el instanceof Pattern.WordClass wc) {
            if (t >= n || covering[t] != null || !inClass(wc.lemmas(), t)) return false;
            st.triggers.add(t);
            if (match(elements, e + 1, t + 1, st)) return true;
            st.triggers.remove(st.triggers.size() - 1);
            return false;
        }
        if (el instanceof Pattern.Literal lit) {
            if (t < n && lit.words().contains(sentence.token(t).lower()) && match(elements, e + 1, t + 1, st)) return true;
            return lit.optional() && match(elements, e + 1, t, st);
        }
        Pattern.Gap gap = (Pattern.Gap) el;
        Set<EntityType> forbidden = neighbourTypes(elements, e);
        // a gap may skip up to gap.max() words; a name of several words counts as one
        int units = 0;
        for (int p = t; p <= n; p++) {
            if (p > t) {
                int skipped = p - 1;
                String w = sentence.token(skipped).text();
                if (w.equals(";") || w.equals(":") || clauseBoundaries.contains(sentence.token(skipped).lower())
                        || endsQuotation(skipped)) {
                    return false;
                }
                LinkedMention c = covering[skipped];
                if (c != null && forbidden.contains(c.mention().type()) && !isModifier(c)) return false;
                boolean continuesName = c != null && skipped > c.mention().tokenStart();
                if (!continuesName && ++units > gap.max()) return false;
            }
            if (match(elements, e + 1, p, st)) return true;
        }
        return false;
    }

    /** A mention of the slot's type at t, extended over a coordination: "Japan and Russia", "A, B and C". */
    private SlotMatch slotAt(int t, Pattern.Slot slot) {
        // "the" before an entity belongs to it ("visited the Golan Heights", "a standoff with the Philippines")
        if (t + 1 < sentence.size() && startingAt[t] == null && sentence.token(t).lower().equals("the")) t++;
        LinkedMention first = at(t, slot);
        if (first == null) return null;
        List<LinkedMention> members = new ArrayList<>();
        members.add(first);
        int end = first.mention().tokenEnd();
        while (end + 1 < sentence.size()) {
            int k = end;
            String w = sentence.token(k).lower();
            if (!w.equals(",") && !w.equals("and")) break;
            k++;
            if (w.equals(",") && k < sentence.size() && sentence.token(k).lower().equals("and")) k++;
            if (k < sentence.size() && sentence.token(k).lower().equals("the")) k++;
            LinkedMention next = at(k, slot);
            if (next == null || next.mention().kind() == MentionKind.ANAPHOR) break;
            members.add(next);
            end = next.mention().tokenEnd();
        }
        int entities = members.stream().mapToInt(m -> m.entities().size()).sum();
        if (slot.role().equals("PAIR") && entities < 2) return null;
        // a group ("both countries") in an S or O slot distributes like a coordination
        return new SlotMatch(members, end);
    }

    /** The mention at token t that fits the slot: a person whose title phrase starts there first, else one that starts there. */
    private LinkedMention at(int t, Pattern.Slot slot) {
        if (t >= sentence.size()) return null;
        if (titledFrom[t] != null && fits(titledFrom[t], slot)) return titledFrom[t];
        return startingAt[t] != null && fits(startingAt[t], slot) ? startingAt[t] : null;
    }

    /**
     * A demonym that only qualifies ("with North Korean leader Kim") names no other argument, so a
     * gap may pass it; a hyphenated one ("Japanese-controlled") is an argument and may not be passed.
     */
    private boolean isModifier(LinkedMention c) {
        int after = c.mention().tokenEnd();
        return c.mention().kind() == MentionKind.DEMONYM
                && (after >= sentence.size() || !sentence.token(after).text().equals("-"));
    }

    /** A quotation mark next to a comma closes or opens a quotation: a gap does not reach across it. */
    private boolean endsQuotation(int t) {
        if (!sentence.token(t).text().equals("\"")) return false;
        boolean commaBefore = t > 0 && sentence.token(t - 1).text().equals(",");
        boolean commaAfter = t + 1 < sentence.size() && sentence.token(t + 1).text().equals(",");
        return commaBefore || commaAfter;
    }

    /** "their" stands for two people only as a whole ("their meeting"), never as one argument. */
    private static boolean fits(LinkedMention lm, Pattern.Slot slot) {
        if (!slot.role().equals("PAIR") && lm.mention().kind() == MentionKind.ANAPHOR
                && lm.mention().text().equalsIgnoreCase("their")) {
            return false;
        }
        // a place named by a name of two types fits a slot of either (Taiwan: a country, and a territory China claims)
        if (slot.types().contains(lm.mention().type())) return true;
        MentionKind kind = lm.mention().kind();
        return kind != MentionKind.DEMONYM && kind != MentionKind.COMBINING_FORM
                && lm.entities().stream().anyMatch(e -> e.types().stream().anyMatch(slot.types()::contains));
    }

    /** Types of the slots on either side of a gap, looking past optional words ("S:PER ?'s ... "). */
    private Set<EntityType> neighbourTypes(List<Pattern.Element> elements, int gapIndex) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (int step : new int[] {-1, 1}) {
            int i = gapIndex + step;
            while (i >= 0 && i < elements.size() && elements.get(i) instanceof Pattern.Literal l && l.optional()) i += step;
            if (i >= 0 && i < elements.size() && elements.get(i) instanceof Pattern.Slot s) types.addAll(s.types());
        }
        return types;
    }

    /** Whether the word at t, or one of its cheap lemma candidates, is in the class. */
    private boolean inClass(Set<String> lemmas, int t) {
        for (String candidate : lemmatizer.candidates(sentence.token(t).lower())) {
            if (lemmas.contains(candidate)) return true;
        }
        return false;
    }

    /** A plan, wish, hypothetical or negation just before a trigger: "would meet", "refused to visit", "no talks". */
    private boolean blocked(Match m, boolean startsWithArgument) {
        for (int trigger : m.triggers()) {
            // words before the first argument belong to another clause ("India rejected China's claim")
            int from = startsWithArgument ? Math.max(m.startToken(), trigger - BLOCKER_WINDOW) : Math.max(0, trigger - BLOCKER_WINDOW);
            for (int k = from; k < trigger; k++) {
                if (inClass(blockers, k)) return true;
            }
        }
        return false;
    }

    private static final class State {
        final int start;
        final List<Integer> triggers = new ArrayList<>();
        List<LinkedMention> subjects = List.of();
        List<LinkedMention> objects = List.of();
        int end;

        State(int start) { this.start = start; }

        List<LinkedMention> bind(String role, List<LinkedMention> members) {
            if (role.equals("X")) return null;
            List<LinkedMention> saved = role.equals("O") ? objects : subjects;
            if (role.equals("O")) objects = members;
            else subjects = members;
            return saved;
        }

        void unbind(String role, List<LinkedMention> saved) {
            if (role.equals("X")) return;
            if (role.equals("O")) objects = saved;
            else subjects = saved;
        }

        Match toMatch() { return new Match(subjects, objects, List.copyOf(triggers), start, end); }
    }
}

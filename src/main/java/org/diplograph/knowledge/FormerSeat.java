package org.diplograph.knowledge;

/**
 * A capital or seat of government that stood for a state which no longer exists (dg:formerSeat):
 * in an article dated up to {@code lastYear}, "MOSCOW" or "the Kremlin" is the Soviet Union.
 */
public record FormerSeat(String seat, String stateIri, int lastYear) {}

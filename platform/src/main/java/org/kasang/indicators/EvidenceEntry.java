package org.kasang.indicators;

/** A line of a CBO's evidence log as staff read it: the entry and the names of who recorded and verified it. */
public record EvidenceEntry(Evidence evidence, String recordedByName, String verifiedByName) {
}

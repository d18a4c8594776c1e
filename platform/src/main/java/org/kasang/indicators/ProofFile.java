package org.kasang.indicators;

/** A photo or document proving a milestone, as uploaded. */
public record ProofFile(String name, byte[] bytes) {
}

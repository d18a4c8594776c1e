package org.kasang.indicators;

/** The level of government a CBO dealt with, lowest first: a rule asking for "district" also accepts higher. */
public enum GovernmentLevel {
    COMMUNE, DISTRICT, PROVINCIAL, NATIONAL;

    public boolean atLeast(GovernmentLevel other) {
        return other == null || compareTo(other) >= 0;
    }
}

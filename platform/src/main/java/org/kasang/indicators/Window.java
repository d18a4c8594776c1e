package org.kasang.indicators;

/** Which evidence counts for a period: only what happened within it, or everything up to its end. */
public enum Window {
    PERIOD, CUMULATIVE
}

package org.kasang.indicators;

/** The level of the logframe result an indicator measures. */
public enum ResultKind {
    OUTCOME, OUTPUT
}

package org.kasang.indicators;

/** What an indicator counts. */
public enum Unit {
    CBOS, PEOPLE
}

package org.kasang.indicators;

/** How an indicator's value is broken down. SEX, YOUTH and DISABILITY apply to indicators counted in people. */
public enum Dimension {
    TOTAL, SEX, YOUTH, DISABILITY, PROVINCE, DISTRICT
}

package org.kasang.indicators;

/** A reported milestone counts as evidence only once verified. */
public enum MilestoneStatus {
    REPORTED, VERIFIED, REJECTED
}

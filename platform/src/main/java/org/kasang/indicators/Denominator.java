package org.kasang.indicators;

/** The population an indicator's numerator is a share of; NONE for plain counts ("63 CBOs supported"). */
public enum Denominator {
    TARGET_CBOS, ACTIVE_CBOS, MEMBERS_OF_TARGET_CBOS, ALL_MEMBERS, NONE
}

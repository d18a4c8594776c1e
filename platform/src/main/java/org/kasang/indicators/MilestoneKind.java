package org.kasang.indicators;

/** What a CBO did outside Kasang that a coach can verify with proof. */
public enum MilestoneKind {
    /** Raised an issue with authorities: a letter, a meeting, a petition, a public forum question. */
    ADVOCATED,
    /** Took part in a commune or district budget forum or planning meeting. */
    PUBLIC_FORUM,
    /** Asked an authority for public information (a budget, a plan, a service standard). */
    INFORMATION_REQUEST,
    /** Monitored a public service (health centre, school, one-window office) with a scorecard or survey. */
    SERVICE_MONITORING
}

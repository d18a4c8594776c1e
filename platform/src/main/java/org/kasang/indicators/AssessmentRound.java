package org.kasang.indicators;

/** When a CBO assesses its own capacity: at the start, half-way and at the end of the programme. */
public enum AssessmentRound {
    BASELINE, MIDLINE, ENDLINE
}

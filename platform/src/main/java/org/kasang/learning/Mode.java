package org.kasang.learning;

/** How a learning record came about; facilitated sessions stay distinguishable in every report. */
public enum Mode {
    /** The learner on their own device. */
    SELF,
    /** Recorded by a coach on the learner's behalf. */
    COACH,
    /** Completed in a facilitated group session. */
    FACILITATED
}

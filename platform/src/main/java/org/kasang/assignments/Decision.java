package org.kasang.assignments;

/** What a coach decides after scoring a submission against the rubric. */
public enum Decision {
    APPROVED,
    /** Back to the learner to revise and resubmit; feedback is required. */
    RETURNED
}

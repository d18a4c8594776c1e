package org.kasang.assignments;

/** Where a learner's work stands. DRAFT and RETURNED are the learner's to edit; the others are read-only. */
public enum SubmissionStatus {
    DRAFT,
    /** Handed in, waiting for the coach's review. */
    SUBMITTED,
    /** The coach asked for a revision: the learner edits and submits again. */
    RETURNED,
    APPROVED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}

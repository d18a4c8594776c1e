package org.kasang.assignments;

import java.time.Instant;

/** A line of a coach's review queue: work handed in and not yet reviewed. */
public record WaitingSubmission(long submissionId, long personId, Long cboId, String courseId, String assignmentId,
                                int revision, Instant submittedAt) {
}

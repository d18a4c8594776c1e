package org.kasang.assignments;

import java.time.Instant;

/**
 * A line of a coach's review queue: work handed in and not yet reviewed, with the names a coach reads
 * (joined in the same query, so a page of the queue is one statement).
 */
public record WaitingSubmission(long submissionId, long personId, Long cboId, String courseId, String assignmentId,
                                int revision, Instant submittedAt, String memberName, String cboName) {
}

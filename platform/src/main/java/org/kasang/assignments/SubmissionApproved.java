package org.kasang.assignments;

import java.time.Instant;

/** A coach approved a learner's assignment: evidence of capacity for the learner's CBO. */
public record SubmissionApproved(long submissionId, long personId, Long cboId, String courseId, String assignmentId,
                                 long reviewerPersonId, Instant at) {
}

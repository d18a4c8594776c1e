package org.kasang.assignments;

import org.kasang.catalogue.Text;

import java.time.Instant;

/** One line of a learner's "My learning" page: which work, where it stands, and the last review if any. */
public record SubmissionSummary(long submissionId, String courseId, Text courseTitle, String assignmentId,
                                Text assignmentTitle, SubmissionStatus status, int revision, Instant updatedAt,
                                Review lastReview) {
}

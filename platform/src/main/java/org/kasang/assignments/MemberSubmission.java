package org.kasang.assignments;

import org.kasang.catalogue.Text;

import java.time.Instant;

/**
 * One line of a member's work as their coach sees it on the member's page.
 *
 * @param lastDecision the decision of the latest review, null before any review
 */
public record MemberSubmission(long submissionId, String courseId, String assignmentId, Text assignmentTitle,
                               SubmissionStatus status, int revision, Instant submittedAt, Decision lastDecision,
                               Instant lastReviewedAt) {

    /** Whether the coach's review page has something to show: work waiting or already reviewed. */
    public boolean reviewable() {
        return status == SubmissionStatus.SUBMITTED || lastDecision != null;
    }
}

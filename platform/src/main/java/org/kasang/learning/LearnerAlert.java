package org.kasang.learning;

import java.time.Instant;

/**
 * A learner a coach should look at: stalled in a course, or failing a quiz again and again.
 *
 * @param itemId   the quiz they keep failing; null for a stalled course
 * @param attempts attempts at that quiz; 0 for a stalled course
 */
public record LearnerAlert(long personId, String learnerName, long cboId, String courseId, String itemId,
                           int attempts, Instant lastActivityAt) {
}

package org.kasang.learning;

import java.time.Instant;

/** Published when a learner's course reaches its completion rule; indicators listen for it. */
public record CourseCompleted(long personId, String courseId, int courseVersion, Long cboId, Mode mode,
                              Instant completedAt) {
}

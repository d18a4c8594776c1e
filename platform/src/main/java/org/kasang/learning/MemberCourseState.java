package org.kasang.learning;

import java.time.Instant;

/** A member's state in one course, as coaches see it. */
public record MemberCourseState(long personId, String courseId, CourseStatus status, int itemsCompleted,
                                Instant lastActivityAt, Mode completedMode) {
}

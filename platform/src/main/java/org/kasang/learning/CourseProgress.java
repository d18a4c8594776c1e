package org.kasang.learning;

import java.time.Instant;
import java.util.Map;

/** One learner's place in one course: overall status, each item's status, and where to resume. */
public record CourseProgress(String courseId, CourseStatus status, int itemsCompleted, int itemsTotal,
                             String resumeItemId, Map<String, ItemStatus> items, Instant lastActivityAt) {

    public static CourseProgress notEnrolled(String courseId, int itemsTotal) {
        return new CourseProgress(courseId, null, 0, itemsTotal, null, Map.of(), null);
    }

    public boolean enrolled() {
        return status != null;
    }

    public ItemStatus statusOf(String itemId) {
        return items.getOrDefault(itemId, ItemStatus.NOT_STARTED);
    }

    public int percent() {
        return itemsTotal == 0 ? 0 : Math.round(100f * itemsCompleted / itemsTotal);
    }
}

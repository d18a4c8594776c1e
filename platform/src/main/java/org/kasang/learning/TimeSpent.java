package org.kasang.learning;

import java.util.Map;

/**
 * An honest estimate of a member's learning time in one CBO, from their learning records: per course and in
 * total, in minutes. Pauses longer than {@code maxGapMinutes} count as that much, never more.
 *
 * @param minutesByCourse course id → minutes; courses without any activity are absent
 */
public record TimeSpent(Map<String, Integer> minutesByCourse, int totalMinutes, int maxGapMinutes) {

    public TimeSpent {
        minutesByCourse = Map.copyOf(minutesByCourse);
    }

    public int minutes(String courseId) {
        return minutesByCourse.getOrDefault(courseId, 0);
    }
}

package org.kasang.learning;

import java.time.Instant;
import java.util.List;

/**
 * One member's learning as their coach reads it: each course with its items, every graded quiz attempt, and
 * their help requests.
 */
public record MemberLearning(List<Course> courses, List<Attempt> attempts, List<HelpRequest> help) {

    public record Course(String courseId, CourseStatus status, int itemsCompleted, Instant lastActivityAt,
                         Mode completedMode, List<Item> items) {
    }

    public record Item(String itemId, ItemStatus status, int attempts, Integer bestScore, Mode mode) {
    }

    public record Attempt(String courseId, String quizId, int scorePercent, boolean passed, Instant at) {
    }
}

package org.kasang.coaching;

import org.kasang.learning.CboCourseCounts;
import org.kasang.organisations.Cbo;

import java.util.Map;

/**
 * One of a coach's CBOs: where it is, how many members, what waits for the coach there, and per course how far
 * its members are.
 */
public record CboOverview(Cbo cbo, long members, Waiting waiting, Map<String, CboCourseCounts> courses) {

    /** Open help requests, submissions waiting for review and follow-up actions past their due date. */
    public record Waiting(int help, int reviews, int overdue) {

        public static final Waiting NOTHING = new Waiting(0, 0, 0);

        public int total() {
            return help + reviews + overdue;
        }
    }

    public CboCourseCounts course(String courseId) {
        return courses.getOrDefault(courseId, new CboCourseCounts(cbo.getId(), courseId, 0, 0, 0, 0));
    }
}

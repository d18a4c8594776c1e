package org.kasang.coaching;

import org.kasang.learning.CboCourseCounts;
import org.kasang.organisations.Cbo;

import java.util.Map;

/** One of a coach's CBOs: where it is, how many members, and per course how far they are. */
public record CboOverview(Cbo cbo, long members, Map<String, CboCourseCounts> courses) {

    public CboCourseCounts course(String courseId) {
        return courses.getOrDefault(courseId, new CboCourseCounts(cbo.getId(), courseId, 0, 0, 0, 0));
    }
}

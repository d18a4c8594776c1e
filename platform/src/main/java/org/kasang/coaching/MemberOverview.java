package org.kasang.coaching;

import org.kasang.learning.MemberCourseState;
import org.kasang.organisations.Member;

import java.util.Map;
import java.util.Optional;

/** A member of a CBO with their state in each course they are enrolled in. */
public record MemberOverview(Member member, Map<String, MemberCourseState> courses) {

    public Optional<MemberCourseState> course(String courseId) {
        return Optional.ofNullable(courses.get(courseId));
    }
}

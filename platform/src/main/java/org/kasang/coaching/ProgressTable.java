package org.kasang.coaching;

import org.kasang.catalogue.CourseSummary;
import org.kasang.learning.MemberCourseState;
import org.kasang.organisations.Sex;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CBO's members × courses, as it leaves Kasang: each member by name only when names were deliberately
 * included, otherwise by a code that means nothing outside Kasang.
 */
public record ProgressTable(String cboName, boolean withNames, List<CourseSummary> courses, List<Row> rows) {

    public record Row(String member, Sex sex, Integer birthYear, Map<String, MemberCourseState> courses) {

        public Optional<MemberCourseState> course(String courseId) {
            return Optional.ofNullable(courses.get(courseId));
        }
    }
}

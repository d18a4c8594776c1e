package org.kasang.learning.ui;

import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;

/** Paths of the learner's pages. Item ids are "course/item"; the path carries the two parts apart. */
final class LearningRoutes {

    private LearningRoutes() {
    }

    static String course(String courseId) {
        return "learn/" + courseId;
    }

    static String item(String courseId, CourseOutline.Item item) {
        String kind = switch (item.type()) {
            case LESSON -> "lesson";
            case QUIZ, PRE_TEST -> "quiz";
            case ASSIGNMENT -> "assignment";
        };
        return "learn/" + courseId + "/" + kind + "/" + item.id().substring(courseId.length() + 1);
    }

    static String fullId(String courseId, String localId) {
        return courseId + "/" + localId;
    }
}

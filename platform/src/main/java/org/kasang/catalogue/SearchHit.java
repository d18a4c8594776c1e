package org.kasang.catalogue;

import java.io.Serializable;

/**
 * A lesson holding the words searched for, with the plain text around their first occurrence.
 *
 * @param where what matched: {@link #LESSON}; handouts are found by {@link SearchService#searchHandouts}
 */
public record SearchHit(String courseId, String lessonId, Text courseTitle, Text lessonTitle, String snippet,
                        String where) implements Serializable {

    /** The lesson's title or text. */
    public static final String LESSON = "lesson";

    /** The lesson's id inside its course, as course paths carry it. */
    public String localLessonId() {
        return lessonId.substring(courseId.length() + 1);
    }
}

package org.kasang.catalogue;

/** A lesson ready to show: its title and sanitised HTML in the reader's language. */
public record LessonPage(String id, String courseId, int courseVersion, Text title, String html,
                         int estimatedMinutes) {
}

package org.kasang.catalogue;

/** A lesson ready to show: title, sanitised HTML, handouts and audio (package paths) in the reader's language. */
public record LessonPage(String id, String courseId, int courseVersion, Text title, String html,
                         int estimatedMinutes, java.util.List<String> handouts, String audio) {

    /** Where the course's files are served, relative to the application's root. */
    public static String filesUrl(String courseId) {
        return "course-files/" + courseId + "/";
    }
}

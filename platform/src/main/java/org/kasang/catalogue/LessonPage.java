package org.kasang.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A lesson ready to show: title, sanitised HTML, handouts and audio (package paths) in the reader's language,
 * and the size in bytes of each of the course's files, so the page can say what a tap will cost.
 */
public record LessonPage(String id, String courseId, int courseVersion, Text title, String html,
                         int estimatedMinutes, List<String> handouts, String audio, Map<String, Integer> fileSizes) {

    /** Where the course's files are served, relative to the application's root. */
    public static String filesUrl(String courseId) {
        return "course-files/" + courseId + "/";
    }

    public int sizeOf(String path) {
        return fileSizes.getOrDefault(path, 0);
    }
}

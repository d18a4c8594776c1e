package org.kasang.catalogue.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.kasang.catalogue.Text;

import java.util.List;

/** course.yaml, as documented in course-content/README.md. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PackageManifest(String id, Integer version, List<String> languages, Text title, Text summary,
                              String topic, String audience, Integer estimatedMinutes, String completionRule,
                              List<Module> modules) {

    public record Module(String id, Text title, List<Lesson> lessons, String quiz) {
    }

    public record Lesson(String id, Text title, String file, Integer estimatedMinutes) {
    }

    public record Quiz(String id, Text title, Integer passMark, Integer attemptsAllowed, List<Question> questions) {
    }

    public record Question(String id, String kind, Text prompt, List<Option> options) {
    }

    public record Option(String id, Text text, Boolean correct, Text feedback) {
    }
}

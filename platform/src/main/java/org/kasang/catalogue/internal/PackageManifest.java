package org.kasang.catalogue.internal;

import org.kasang.catalogue.Text;

import java.util.List;
import java.util.Map;

/** course.yaml and the files it names, as documented in course-content/README.md. */
public record PackageManifest(String id, Integer version, List<String> languages, Text title, Text summary,
                              String topic, String audience, Integer estimatedMinutes, String completionRule,
                              Map<String, String> translationNotes, List<Module> modules) {

    public record Module(String id, Text title, String preTest, List<Lesson> lessons, String quiz,
                         String assignment) {
    }

    public record Lesson(String id, Text title, String file, Integer estimatedMinutes, List<String> handouts,
                         Map<String, String> audio) {
    }

    public record Quiz(String id, Text title, Integer passMark, Integer attemptsAllowed, String pairsWith,
                       List<Question> questions) {
    }

    public record Question(String id, String kind, Text prompt, List<Option> options) {
    }

    public record Option(String id, Text text, Boolean correct, Text feedback) {
    }

    public record Assignment(String id, Text title, Text instructions, List<Field> fields, Rubric rubric) {
    }

    public record Field(String id, String kind, Text label, Text help, Boolean required, List<Choice> options) {
    }

    public record Choice(String id, Text label) {
    }

    public record Rubric(List<Level> levels, List<Criterion> criteria) {
    }

    public record Level(String id, Integer points, Text label) {
    }

    public record Criterion(String id, Text title, Map<String, Text> descriptors) {
    }
}

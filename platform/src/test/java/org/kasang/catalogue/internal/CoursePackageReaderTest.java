package org.kasang.catalogue.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validator's messages name the file, the line and what a trainer should fix. */
class CoursePackageReaderTest {

    private static final String MANIFEST = """
            id: tiny
            version: 1
            languages: [en, km]
            title: {en: Tiny, km: តូច}
            summary: {en: A tiny course., km: វគ្គតូច}
            topic: advocacy
            estimatedMinutes: 10
            completionRule: CompletedAndPassed
            modules:
              - id: one
                title: {en: One, km: មួយ}
                lessons:
                  - id: first
                    title: {en: First, km: ទីមួយ}
                    file: lessons/first
                    estimatedMinutes: 5
                quiz: quiz.yaml
                assignment: assignment.yaml
            """;

    private static final String QUIZ = """
            id: check
            title: {en: Check, km: ពិនិត្យ}
            passMark: 70
            questions:
              - id: q1
                kind: single
                prompt: {en: "Which?", km: "មួយណា?"}
                options:
                  - id: a
                    text: {en: A, km: ក}
                    correct: true
                    feedback: {en: Yes., km: បាទ}
                  - id: b
                    text: {en: B, km: ខ}
                    feedback: {en: No., km: ទេ}
              - id: q3
                kind: single
                prompt: {en: "Which?", km: "មួយណា?"}
                options:
                  - id: a
                    text: {en: A, km: ក}
                    feedback: {en: No., km: ទេ}
                  - id: b
                    text: {en: B, km: ខ}
                    feedback: {en: No., km: ទេ}
            """;

    private static final String ASSIGNMENT = """
            id: plan
            title: {en: Plan, km: ផែនការ}
            instructions: {en: Write it., km: សរសេរ}
            fields:
              - id: issue
                kind: long-text
                label: {en: The issue, km: បញ្ហា}
                required: true
            rubric:
              levels:
                - id: low
                  points: 1
                  label: {en: Low, km: ទាប}
                - id: high
                  points: 2
                  label: {en: High, km: ខ្ពស់}
              criteria:
                - id: clarity
                  title: {en: Clear, km: ច្បាស់}
                  descriptors:
                    low: {en: Unclear., km: មិនច្បាស់}
            """;

    @Test
    void messages_name_file_line_and_problem() {
        Map<String, String> files = new HashMap<>(Map.of("course.yaml", MANIFEST, "quiz.yaml", QUIZ,
                "assignment.yaml", ASSIGNMENT, "lessons/first.en.md", "## Hello"));

        assertThatThrownBy(() -> new CoursePackageReader().read(in(files)))
                .isInstanceOf(InvalidPackage.class)
                .satisfies(e -> assertThat(((InvalidPackage) e).problems()).contains(
                        "quiz.yaml line 16: question q3 has no correct option",
                        "lesson first has no km text but the manifest lists km: lessons/first.km.md is missing",
                        "assignment.yaml line 18: criterion clarity has no descriptor for level high"));
    }

    @Test
    void a_complete_package_reads_with_its_assignment() throws Exception {
        Map<String, String> files = new HashMap<>(Map.of("course.yaml", MANIFEST,
                "quiz.yaml", withSecondQuestionAnswered(),
                "assignment.yaml", ASSIGNMENT + "        high: {en: Clear., km: ច្បាស់}\n",
                "lessons/first.en.md", "## Hello", "lessons/first.km.md", "## សួស្តី"));

        CoursePackage pkg = new CoursePackageReader().read(in(files));
        assertThat(pkg.assignmentsByModule().get("one").rubric().criteria()).hasSize(1);
        assertThat(pkg.lessonBodies().get("first").has("km")).isTrue();
    }

    private static String withSecondQuestionAnswered() {
        int q3 = QUIZ.indexOf("- id: q3");
        return QUIZ.substring(0, q3) + QUIZ.substring(q3).replaceFirst(
                "        text: \\{en: A, km: ក}\n", "        text: {en: A, km: ក}\n        correct: true\n");
    }

    private static PackageFiles in(Map<String, String> files) {
        return new PackageFiles() {
            @Override
            public String name() {
                return "test package";
            }

            @Override
            public Optional<byte[]> read(String path) {
                return Optional.ofNullable(files.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}

package org.kasang.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.internal.ClasspathPackageFiles;
import org.kasang.catalogue.internal.InvalidPackage;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.LearningService;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourseImportTest extends IntegrationTest {

    @Autowired
    CourseImportService imports;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    LearningService learning;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;
    SignedInUser trainer;

    @BeforeEach
    void trainer() {
        trainer = fixtures.staff("Trainer", Role.TRAINER);
        signInAs(trainer);
    }

    @Test
    void every_bundled_package_is_valid_and_a_second_import_changes_nothing() {
        List<CourseImportService.Imported> results = imports.importAll(CourseImportService.BUNDLED);

        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.outcome()).isEqualTo("UNCHANGED"));
        CourseOutline outline = catalogue.outline("budget-literacy");
        assertThat(outline.modules()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(outline.items().stream().filter(i -> i.type() == ItemType.LESSON)).hasSizeGreaterThanOrEqualTo(5);
        String finalQuiz = outline.items().stream().filter(i -> i.type() == ItemType.QUIZ)
                .reduce((a, b) -> b).orElseThrow().id();
        assertThat(catalogue.quiz(finalQuiz).questions()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void a_changed_package_updates_content_retires_what_it_dropped_and_keeps_progress() throws IOException {
        Path pkg = copyOfBundled("budget-literacy", "import-test");
        importFrom(pkg);
        String kept = "import-test/commune-development-plan";
        String dropped = "import-test/what-is-a-commune-budget";
        SignedInUser learner = fixtures.learner(fixtures.cbo("Import test CBO"), "Keo Sokun");
        signInAs(learner);
        learning.completeLesson("import-test", kept);
        learning.completeLesson("import-test", dropped);

        signInAs(trainer);
        String manifest = Files.readString(pkg.resolve("course.yaml"))
                .replaceFirst("(?m)^version: \\d+$", "version: 99")
                .replace("      - id: what-is-a-commune-budget\n", "      - id: what-is-a-commune-budget-gone\n");
        Files.writeString(pkg.resolve("course.yaml"), manifest);
        Files.writeString(pkg.resolve("lessons/commune-development-plan.en.md"), "## Updated\n\nNew text for version 2.");

        assertThat(importFrom(pkg).outcome()).isEqualTo("UPDATED");
        assertThat(catalogue.outline("import-test").version()).isEqualTo(99);
        assertThat(catalogue.lesson(kept, Locale.ENGLISH).html()).contains("New text for version 2.");
        assertThat(catalogue.outline("import-test").item(dropped)).isEmpty();

        signInAs(learner);
        var progress = learning.progress("import-test");
        assertThat(progress.statusOf(kept)).isEqualTo(ItemStatus.COMPLETED);
        assertThat(progress.itemsCompleted()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from learning_record where object_id = ?").param(dropped)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_pre_test_comes_first_counts_once_taken_and_its_post_test_points_back() throws IOException {
        // The bundled budget course has a pre-test before its first module, paired with the final quiz.
        Path pkg = copyOfBundled("budget-literacy", "pretest-course");
        assertThat(Files.readString(pkg.resolve("course.yaml"))).contains("preTest: pre-test.yaml");
        assertThat(importFrom(pkg).outcome()).isEqualTo("CREATED");

        CourseOutline outline = catalogue.outline("pretest-course");
        assertThat(outline.items().get(0).id()).isEqualTo("pretest-course/budget-cycle-pre");
        assertThat(outline.items().get(0).type()).isEqualTo(ItemType.PRE_TEST);
        assertThat(jdbc.sql("select pairs_with from quiz where id = 'pretest-course/budget-cycle-final'")
                .query(String.class).single()).isEqualTo("pretest-course/budget-cycle-pre");

        signInAs(fixtures.learner(fixtures.cbo("Pre-test CBO"), "Seng Malis"));
        var outcome = learning.submitQuiz("pretest-course", "pretest-course/budget-cycle-pre", "pre-1",
                java.util.Map.of());
        assertThat(outcome.grade().passed()).isFalse();
        assertThat(learning.progress("pretest-course").statusOf("pretest-course/budget-cycle-pre")).isEqualTo(ItemStatus.COMPLETED);
    }

    @Test
    void a_handout_travels_with_its_package_and_a_disguised_one_refuses_the_package() throws IOException {
        Path pkg = copyOfBundled("budget-literacy", "handout-course");
        Files.createDirectories(pkg.resolve("handouts"));
        Files.write(pkg.resolve("handouts/calendar.pdf"), samplePdf());
        Path manifest = pkg.resolve("course.yaml");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst(
                "(?m)^(        file: lessons/budget-calendar\n)", "$1        handouts: [handouts/calendar.pdf]\n"));
        assertThat(importFrom(pkg).outcome()).isEqualTo("CREATED");

        byte[] zip = imports.exportZip("handout-course");
        var exported = org.kasang.catalogue.internal.ZipPackageFiles.read("handout-course.zip", zip);
        assertThat(exported.read("handouts/calendar.pdf")).get().isEqualTo(Files.readAllBytes(pkg.resolve("handouts/calendar.pdf")));

        Path disguised = copyOfBundled("budget-literacy", "disguised-course");
        Files.createDirectories(disguised.resolve("handouts"));
        Files.write(disguised.resolve("handouts/calendar.pdf"), "<html><script>alert(1)</script></html>".getBytes());
        Files.writeString(disguised.resolve("course.yaml"), Files.readString(disguised.resolve("course.yaml")).replaceFirst(
                "(?m)^(        file: lessons/budget-calendar\n)", "$1        handouts: [handouts/calendar.pdf]\n"));
        assertThatThrownBy(() -> importFrom(disguised)).isInstanceOf(InvalidPackage.class)
                .hasMessageContaining("handouts/calendar.pdf was refused");
        assertThat(jdbc.sql("select count(*) from course where id = 'disguised-course'").query(Long.class).single()).isZero();
    }

    private static byte[] samplePdf() throws IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_broken_package_says_what_is_wrong_and_changes_nothing() throws IOException {
        Path pkg = copyOfBundled("budget-literacy", "broken-course");
        Path quiz = pkg.resolve("quiz-final.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("correct: true", "correct: false"));
        Files.delete(pkg.resolve("lessons/budget-calendar.en.md"));

        assertThatThrownBy(() -> importFrom(pkg))
                .isInstanceOf(InvalidPackage.class)
                .satisfies(e -> assertThat(((InvalidPackage) e).problems())
                        .anyMatch(p -> p.matches("quiz-final.yaml line \\d+: question .* has no correct option"))
                        .anyMatch(p -> p.contains("lesson budget-calendar has no en text")));
        assertThat(jdbc.sql("select count(*) from course where id = 'broken-course'").query(Long.class).single()).isZero();
    }

    @Test
    void a_yaml_error_names_the_file_and_line() throws IOException {
        Path pkg = copyOfBundled("budget-literacy", "bad-yaml");
        Files.writeString(pkg.resolve("course.yaml"), Files.readString(pkg.resolve("course.yaml")) + "\n  - : : oops\n");
        assertThatThrownBy(() -> importFrom(pkg)).isInstanceOf(InvalidPackage.class)
                .satisfies(e -> assertThat(((InvalidPackage) e).problems()).anyMatch(p -> p.startsWith("course.yaml line ")));
    }

    @Test
    void two_nodes_importing_the_same_new_package_at_once_import_it_once() throws Exception {
        Path pkg = copyOfBundled("budget-literacy", "concurrent-course");
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        var start = new CountDownLatch(1);
        Callable<String> node = () -> {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
            start.await();
            return importFrom(pkg).outcome();
        };
        var pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> futures = List.of(pool.submit(node), pool.submit(node));
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes).containsExactlyInAnyOrder("CREATED", "UNCHANGED");
        assertThat(jdbc.sql("select count(*) from lesson where course_id = 'concurrent-course'").query(Long.class).single())
                .isEqualTo(catalogue.outline("budget-literacy").items().stream().filter(i -> i.type() == ItemType.LESSON).count());
    }

    private CourseImportService.Imported importFrom(Path pkg) {
        return imports.importOne(new ClasspathPackageFiles(new FileSystemResource(pkg.resolve("course.yaml"))));
    }

    /** Copies a bundled package to a folder under a new course id. */
    private Path copyOfBundled(String courseId, String newId) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Path target = temp.resolve(newId);
        for (var resource : resolver.getResources("classpath*:courses/" + courseId + "/**/*.*")) {
            String url = resource.getURL().toString();
            String relative = url.substring(url.indexOf("courses/" + courseId + "/") + ("courses/" + courseId + "/").length());
            Path file = target.resolve(relative);
            Files.createDirectories(file.getParent());
            try (var in = resource.getInputStream()) {
                Files.write(file, in.readAllBytes());
            }
        }
        Path manifest = target.resolve("course.yaml");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^id: " + courseId, "id: " + newId));
        return target;
    }
}

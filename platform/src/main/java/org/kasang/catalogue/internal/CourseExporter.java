package org.kasang.catalogue.internal;

import org.kasang.catalogue.ItemType;
import org.kasang.catalogue.QuestionKind;
import org.kasang.documents.AttachmentService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes a course back out as a package, in the layout it was imported with. */
@Component
public class CourseExporter {

    private final CourseRepository courses;
    private final ModuleRepository modules;
    private final LessonRepository lessons;
    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final OptionRepository options;
    private final AssignmentRepository assignments;
    private final AttachmentService attachments;

    CourseExporter(CourseRepository courses, ModuleRepository modules, LessonRepository lessons,
                   QuizRepository quizzes, QuestionRepository questions, OptionRepository options,
                   AssignmentRepository assignments, AttachmentService attachments) {
        this.attachments = attachments;
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.quizzes = quizzes;
        this.questions = questions;
        this.options = options;
        this.assignments = assignments;
    }

    /** The package's files, path → content. */
    @Transactional(readOnly = true)
    public Map<String, byte[]> files(String courseId) {
        CourseEntity course = courses.findById(courseId).orElseThrow(() -> new NoSuchElementException(courseId));
        List<String> languages = Arrays.asList(course.getLanguages().split(","));
        Map<String, byte[]> files = new TreeMap<>();
        List<PackageManifest.Module> moduleList = new ArrayList<>();
        var activeLessons = lessons.findByCourseIdOrderByPosition(courseId).stream().filter(l -> !l.isRetired()).toList();
        var activeQuizzes = quizzes.findByCourseIdOrderByPosition(courseId).stream().filter(q -> !q.isRetired()).toList();
        var activeAssignments = assignments.findByCourseIdOrderByPosition(courseId).stream().filter(a -> !a.isRetired()).toList();
        for (ModuleEntity module : modules.findByCourseIdOrderByPosition(courseId)) {
            if (module.isRetired()) {
                continue;
            }
            String preTest = null, quiz = null, assignment = null;
            for (QuizEntity q : activeQuizzes) {
                if (q.getModuleId().equals(module.getId())) {
                    String path = q.getSourceFile() != null ? q.getSourceFile() : "quiz-" + local(courseId, q.getId()) + ".yaml";
                    files.put(path, write(quizFile(courseId, q)));
                    if (q.getRole() == ItemType.PRE_TEST) {
                        preTest = path;
                    } else {
                        quiz = path;
                    }
                }
            }
            for (AssignmentEntity a : activeAssignments) {
                if (a.getModuleId().equals(module.getId())) {
                    assignment = a.getSourceFile() != null ? a.getSourceFile() : "assignment-" + local(courseId, a.getId()) + ".yaml";
                    files.put(assignment, write(new PackageManifest.Assignment(local(courseId, a.getId()), a.getTitle(),
                            a.getInstructions(), a.getFields(), a.getRubric())));
                }
            }
            List<PackageManifest.Lesson> lessonList = new ArrayList<>();
            for (LessonEntity l : activeLessons) {
                if (!l.getModuleId().equals(module.getId())) {
                    continue;
                }
                String file = l.getSourceFile() != null ? l.getSourceFile() : "lessons/" + local(courseId, l.getId());
                for (String language : languages) {
                    files.put(file + "." + language + ".md", l.getBody().values().getOrDefault(language, "")
                            .getBytes(StandardCharsets.UTF_8));
                }
                for (String attached : attachmentPaths(l)) {
                    files.put(attached, attachments.content(courseId, attached)
                            .orElseThrow(() -> new NoSuchElementException(attached)));
                }
                lessonList.add(new PackageManifest.Lesson(local(courseId, l.getId()), l.getTitle(), file,
                        l.getEstimatedMinutes(), l.getHandouts().isEmpty() ? null : l.getHandouts(),
                        l.getAudio().isEmpty() ? null : l.getAudio()));
            }
            moduleList.add(new PackageManifest.Module(local(courseId, module.getId()), module.getTitle(), preTest,
                    lessonList, quiz, assignment));
        }
        var manifest = new PackageManifest(course.getId(), course.getVersion(), languages, course.getTitle(),
                course.getSummary(), course.getTopic(), course.getAudience(), course.getEstimatedMinutes(),
                course.getCompletionRule().name(),
                course.getTranslationNotes().isEmpty() ? null : course.getTranslationNotes(), moduleList);
        files.put(PackageFiles.MANIFEST, write(manifest));
        return files;
    }

    public byte[] zip(String courseId) {
        return ZipPackageFiles.zip(courseId, files(courseId));
    }

    private static List<String> attachmentPaths(LessonEntity lesson) {
        List<String> paths = new ArrayList<>(lesson.getHandouts());
        paths.addAll(lesson.getAudio().values());
        // Images are named in the text of each language.
        lesson.getBody().values().values().stream().flatMap(markdown -> MarkdownRenderer.imagesIn(markdown).stream())
                .filter(path -> !paths.contains(path)).distinct().forEach(paths::add);
        return paths;
    }

    private PackageManifest.Quiz quizFile(String courseId, QuizEntity quiz) {
        var qs = questions.findByQuizIdOrderByPosition(quiz.getId()).stream().filter(q -> !q.isRetired()).toList();
        Map<String, List<OptionEntity>> opts = options.findByQuestionIdInOrderByPosition(
                        qs.stream().map(QuestionEntity::getId).toList()).stream()
                .filter(o -> !o.isRetired())
                .collect(Collectors.groupingBy(OptionEntity::getQuestionId, LinkedHashMap::new, Collectors.toList()));
        List<PackageManifest.Question> questionList = qs.stream().map(q -> new PackageManifest.Question(
                local(quiz.getId(), q.getId()), kind(q.getKind()), q.getPrompt(),
                opts.getOrDefault(q.getId(), List.of()).stream().map(o -> new PackageManifest.Option(
                        local(q.getId(), o.getId()), o.getText(), o.isCorrect(),
                        o.getFeedback())).toList())).toList();
        return new PackageManifest.Quiz(local(courseId, quiz.getId()), quiz.getTitle(), quiz.getPassMark(),
                quiz.getAttemptsAllowed(), quiz.getPairsWith() == null ? null : local(courseId, quiz.getPairsWith()),
                questionList);
    }

    private static String kind(QuestionKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String local(String parentId, String id) {
        return id.substring(parentId.length() + 1);
    }

    private static byte[] write(Object value) {
        return PackageYaml.write(value);
    }

}

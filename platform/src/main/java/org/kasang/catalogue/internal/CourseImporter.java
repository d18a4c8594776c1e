package org.kasang.catalogue.internal;

import org.kasang.catalogue.CompletionRule;
import org.kasang.common.InvalidInput;
import org.kasang.documents.AttachmentService;
import org.kasang.catalogue.ItemType;
import org.kasang.catalogue.QuestionKind;
import org.kasang.catalogue.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a validated package into the catalogue, keyed by stable ids: new items are added, changed ones
 * updated, missing ones retired (never deleted, so learners' progress keeps its object).
 */
@Component
public class CourseImporter {

    /** Serialises imports across every node that shares the database. */
    private static final long IMPORT_LOCK = 0x4b6173616e67L;
    private static final Logger log = LoggerFactory.getLogger(CourseImporter.class);

    public enum Outcome { CREATED, UPDATED, UNCHANGED, OLDER_SKIPPED }

    private final CourseRepository courses;
    private final ModuleRepository modules;
    private final LessonRepository lessons;
    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final OptionRepository options;
    private final AssignmentRepository assignments;
    private final AttachmentService attachmentService;
    private final JdbcClient jdbc;
    private final Clock clock;

    CourseImporter(CourseRepository courses, ModuleRepository modules, LessonRepository lessons,
                   QuizRepository quizzes, QuestionRepository questions, OptionRepository options,
                   AssignmentRepository assignments, AttachmentService attachmentService, JdbcClient jdbc,
                   Clock clock) {
        this.attachmentService = attachmentService;
        this.assignments = assignments;
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.quizzes = quizzes;
        this.questions = questions;
        this.options = options;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Outcome importPackage(CoursePackage pkg) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query().singleValue();
        PackageManifest m = pkg.manifest();
        var existing = courses.findById(m.id());
        if (existing.isPresent()) {
            CourseEntity course = existing.get();
            if (course.getVersion() == m.version() && course.getContentHash().equals(pkg.contentHash())) {
                return Outcome.UNCHANGED;
            }
            if (course.getVersion() > m.version()) {
                log.warn("Course {} version {} is older than the imported version {}; left alone",
                        m.id(), m.version(), course.getVersion());
                return Outcome.OLDER_SKIPPED;
            }
        }
        CourseEntity course = existing.orElseGet(() -> new CourseEntity(m.id()));
        course.setVersion(m.version());
        course.setContentHash(pkg.contentHash());
        course.setLanguages(String.join(",", m.languages()));
        course.setTitle(m.title());
        course.setSummary(m.summary());
        course.setTopic(m.topic());
        course.setAudience(m.audience());
        course.setEstimatedMinutes(m.estimatedMinutes());
        course.setCompletionRule(CompletionRule.valueOf(m.completionRule()));
        course.setImportedAt(clock.instant());
        course.setTranslationNotes(m.translationNotes());
        courses.saveAndFlush(course);
        writeItems(pkg);
        storeAttachments(pkg);
        log.info("Imported course {} version {}", m.id(), m.version());
        return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    private void writeItems(CoursePackage pkg) {
        String courseId = pkg.manifest().id();
        Set<String> moduleIds = new HashSet<>(), lessonIds = new HashSet<>(), quizIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>(), optionIds = new HashSet<>(), assignmentIds = new HashSet<>();
        List<QuizEntity> written = new ArrayList<>();
        int modulePosition = 0, itemPosition = 0;
        for (PackageManifest.Module pm : pkg.manifest().modules()) {
            String moduleId = courseId + "/" + pm.id();
            ModuleEntity module = modules.findById(moduleId).orElseGet(() -> new ModuleEntity(moduleId, courseId));
            module.setPosition(++modulePosition);
            module.setTitle(pm.title());
            module.setRetired(false);
            modules.save(module);
            moduleIds.add(moduleId);
            PackageManifest.Quiz preTest = pkg.preTestsByModule().get(pm.id());
            if (preTest != null) {
                written.add(writeQuiz(courseId, moduleId, preTest, ItemType.PRE_TEST, ++itemPosition, quizIds, questionIds, optionIds));
                written.get(written.size() - 1).setSourceFile(pm.preTest());
            }
            for (PackageManifest.Lesson pl : pm.lessons()) {
                String lessonId = courseId + "/" + pl.id();
                LessonEntity lesson = lessons.findById(lessonId).orElseGet(() -> new LessonEntity(lessonId, courseId));
                lesson.setModuleId(moduleId);
                lesson.setPosition(++itemPosition);
                lesson.setTitle(pl.title());
                lesson.setBody(pkg.lessonBodies().get(pl.id()));
                lesson.setEstimatedMinutes(pl.estimatedMinutes());
                lesson.setHandouts(pl.handouts());
                lesson.setAudio(pl.audio());
                lesson.setSourceFile(pl.file());
                lesson.setRetired(false);
                lessons.save(lesson);
                lessonIds.add(lessonId);
            }
            PackageManifest.Quiz pq = pkg.quizzesByModule().get(pm.id());
            if (pq != null) {
                written.add(writeQuiz(courseId, moduleId, pq, ItemType.QUIZ, ++itemPosition, quizIds, questionIds, optionIds));
                written.get(written.size() - 1).setSourceFile(pm.quiz());
            }
            PackageManifest.Assignment pa = pkg.assignmentsByModule().get(pm.id());
            if (pa != null) {
                String assignmentId = courseId + "/" + pa.id();
                AssignmentEntity assignment = assignments.findById(assignmentId)
                        .orElseGet(() -> new AssignmentEntity(assignmentId, courseId));
                assignment.setModuleId(moduleId);
                assignment.setPosition(++itemPosition);
                assignment.setTitle(pa.title());
                assignment.setInstructions(pa.instructions());
                assignment.setFields(pa.fields());
                assignment.setRubric(pa.rubric());
                assignment.setSourceFile(pm.assignment());
                assignment.setRetired(false);
                assignments.save(assignment);
                assignmentIds.add(assignmentId);
            }
        }
        quizzes.flush();
        // Pairs point at quizzes by id, so they are set once every quiz of this version exists.
        Map<String, String> pairs = new HashMap<>();
        pkg.quizzesByModule().values().stream().filter(q -> q.pairsWith() != null)
                .forEach(q -> pairs.put(courseId + "/" + q.id(), courseId + "/" + q.pairsWith()));
        written.forEach(quiz -> quiz.setPairsWith(pairs.get(quiz.getId())));
        // Retire what this version no longer has, children before parents.
        List<QuizEntity> allQuizzes = quizzes.findByCourseIdOrderByPosition(courseId);
        List<QuestionEntity> allQuestions = questions.findByQuizIdInOrderByPosition(ids(allQuizzes, QuizEntity::getId));
        retireMissing(options.findByQuestionIdInOrderByPosition(ids(allQuestions, QuestionEntity::getId)), optionIds);
        retireMissing(allQuestions, questionIds);
        retireMissing(allQuizzes, quizIds);
        retireMissing(assignments.findByCourseIdOrderByPosition(courseId), assignmentIds);
        retireMissing(lessons.findByCourseIdOrderByPosition(courseId), lessonIds);
        retireMissing(modules.findByCourseIdOrderByPosition(courseId), moduleIds);
    }

    /** Handouts and audio go through the same checks as an upload; one refused file refuses the package. */
    private void storeAttachments(CoursePackage pkg) {
        pkg.attachments().forEach((path, bytes) -> {
            try {
                attachmentService.store(pkg.manifest().id(), path, bytes);
            } catch (InvalidInput refused) {
                throw new InvalidPackage(pkg.manifest().id(), List.of(path + " was refused (" + refused.key() + ")"));
            }
        });
    }

    private QuizEntity writeQuiz(String courseId, String moduleId, PackageManifest.Quiz pq, ItemType role, int position,
                                 Set<String> quizIds, Set<String> questionIds, Set<String> optionIds) {
        String quizId = courseId + "/" + pq.id();
        QuizEntity quiz = quizzes.findById(quizId).orElseGet(() -> new QuizEntity(quizId, courseId));
        quiz.setModuleId(moduleId);
        quiz.setPosition(position);
        quiz.setRole(role);
        quiz.setTitle(pq.title());
        quiz.setPassMark(pq.passMark());
        quiz.setAttemptsAllowed(pq.attemptsAllowed());
        quiz.setPairsWith(null);
        quiz.setRetired(false);
        QuizEntity managed = quizzes.save(quiz); // a new entity with its own id is merged: keep the managed copy
        quizIds.add(quizId);
        writeQuestions(quizId, pq, questionIds, optionIds);
        return managed;
    }

    private void writeQuestions(String quizId, PackageManifest.Quiz pq, Set<String> questionIds, Set<String> optionIds) {
        int questionPosition = 0;
        for (PackageManifest.Question pqn : pq.questions()) {
            String questionId = quizId + "/" + pqn.id();
            QuestionEntity question = questions.findById(questionId).orElseGet(() -> new QuestionEntity(questionId, quizId));
            question.setPosition(++questionPosition);
            question.setKind(QuestionKind.valueOf(pqn.kind().replace('-', '_').toUpperCase(Locale.ROOT)));
            question.setPrompt(pqn.prompt());
            question.setRetired(false);
            questions.save(question);
            questionIds.add(questionId);
            int optionPosition = 0;
            for (PackageManifest.Option po : pqn.options()) {
                String optionId = questionId + "/" + po.id();
                OptionEntity option = options.findById(optionId).orElseGet(() -> new OptionEntity(optionId, questionId));
                option.setPosition(++optionPosition);
                option.setText(po.text());
                option.setCorrect(Boolean.TRUE.equals(po.correct()));
                option.setFeedback(po.feedback() == null ? new Text(null) : po.feedback());
                option.setRetired(false);
                options.save(option);
                optionIds.add(optionId);
            }
        }
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    private static void retireMissing(List<? extends CourseItemEntity> items, Set<String> keep) {
        items.stream().filter(item -> !keep.contains(item.getId())).forEach(item -> item.setRetired(true));
    }
}

package org.kasang.catalogue;

import org.kasang.documents.AttachmentService;
import org.kasang.catalogue.internal.AssignmentEntity;
import org.kasang.catalogue.internal.DownloadSizes;
import org.kasang.catalogue.internal.AssignmentRepository;
import org.kasang.catalogue.internal.CourseEntity;
import org.kasang.catalogue.internal.CourseRepository;
import org.kasang.catalogue.internal.LessonEntity;
import org.kasang.catalogue.internal.LessonRepository;
import org.kasang.catalogue.internal.MarkdownRenderer;
import org.kasang.catalogue.internal.ModuleEntity;
import org.kasang.catalogue.internal.ModuleRepository;
import org.kasang.catalogue.internal.OptionEntity;
import org.kasang.catalogue.internal.OptionRepository;
import org.kasang.catalogue.internal.QuestionEntity;
import org.kasang.catalogue.internal.QuestionRepository;
import org.kasang.catalogue.internal.QuizEntity;
import org.kasang.catalogue.internal.QuizRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/** Published courses, their outlines, lessons and quizzes. Content is not personal: any signed-in user reads it. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CatalogueService {

    private final CourseRepository courses;
    private final ModuleRepository modules;
    private final LessonRepository lessons;
    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final OptionRepository options;
    private final AssignmentRepository assignments;
    private final Map<String, CachedOutline> outlines = new java.util.concurrent.ConcurrentHashMap<>();
    private final MarkdownRenderer markdown;
    private final AttachmentService files;

    CatalogueService(CourseRepository courses, ModuleRepository modules, LessonRepository lessons,
                     QuizRepository quizzes, QuestionRepository questions, OptionRepository options,
                     AssignmentRepository assignments, MarkdownRenderer markdown, AttachmentService files) {
        this.files = files;
        this.assignments = assignments;
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.quizzes = quizzes;
        this.questions = questions;
        this.options = options;
        this.markdown = markdown;
    }

    public List<CourseSummary> publishedCourses() {
        return courses.published().stream().map(CatalogueService::summary).toList();
    }

    public CourseSummary course(String courseId) {
        return summary(findCourse(courseId));
    }

    /**
     * Pre-test/post-test pairs of all courses in one read: course id → post-test id → pre-test id.
     */
    public Map<String, Map<String, String>> pairedTests() {
        Map<String, Map<String, String>> pairs = new HashMap<>();
        quizzes.findByPairsWithIsNotNullAndRetiredFalse().forEach(q ->
                pairs.computeIfAbsent(q.getCourseId(), c -> new HashMap<>()).put(q.getId(), q.getPairsWith()));
        return pairs;
    }

    /**
     * A course's outline. Every page of the learner reads it, so it is kept in memory for as long as the
     * course's content (its hash) stays the same; a new import or publication shows at once.
     */
    public CourseOutline outline(String courseId) {
        CourseEntity course = findCourse(courseId);
        CachedOutline cached = outlines.get(courseId);
        if (cached != null && cached.contentHash().equals(course.getContentHash())
                && cached.outline().version() == course.getVersion()) {
            return cached.outline();
        }
        CourseOutline outline = readOutline(course);
        outlines.put(courseId, new CachedOutline(course.getContentHash(), outline));
        return outline;
    }

    private record CachedOutline(String contentHash, CourseOutline outline) {
    }

    private CourseOutline readOutline(CourseEntity course) {
        String courseId = course.getId();
        List<CourseOutline.Module> result = new ArrayList<>();
        Map<String, List<CourseOutline.Item>> itemsByModule = new HashMap<>();
        record Positioned(String moduleId, int position, CourseOutline.Item item) {
        }
        List<Positioned> items = new ArrayList<>();
        List<LessonEntity> courseLessons = lessons.findByCourseIdOrderByPosition(courseId).stream()
                .filter(l -> !l.isRetired()).toList();
        Map<String, Integer> fileSizes = courseLessons.isEmpty() ? Map.of() : files.sizes(courseId);
        courseLessons.forEach(l -> items.add(new Positioned(l.getModuleId(), l.getPosition(),
                new CourseOutline.Item(l.getId(), ItemType.LESSON, l.getTitle(), l.getEstimatedMinutes(),
                        DownloadSizes.text(l.getBody()), DownloadSizes.media(l.getBody(), fileSizes)))));
        Map<String, String> preTests = new HashMap<>();
        List<QuizEntity> courseQuizzes = quizzes.findByCourseIdOrderByPosition(courseId).stream()
                .filter(q -> !q.isRetired()).toList();
        courseQuizzes.stream().filter(q -> q.getPairsWith() != null).forEach(q -> preTests.put(q.getId(), q.getPairsWith()));
        courseQuizzes.forEach(q -> items.add(
                new Positioned(q.getModuleId(), q.getPosition(),
                        new CourseOutline.Item(q.getId(), q.getRole(), q.getTitle(), 0))));
        assignments.findByCourseIdOrderByPosition(courseId).stream().filter(a -> !a.isRetired()).forEach(a -> items.add(
                new Positioned(a.getModuleId(), a.getPosition(),
                        new CourseOutline.Item(a.getId(), ItemType.ASSIGNMENT, a.getTitle(), 0))));
        items.sort(Comparator.comparingInt(Positioned::position));
        items.forEach(p -> itemsByModule.computeIfAbsent(p.moduleId(), k -> new ArrayList<>()).add(p.item()));
        for (ModuleEntity module : modules.findByCourseIdOrderByPosition(courseId)) {
            if (!module.isRetired()) {
                result.add(new CourseOutline.Module(module.getId(), module.getTitle(),
                        List.copyOf(itemsByModule.getOrDefault(module.getId(), List.of()))));
            }
        }
        return new CourseOutline(courseId, course.getVersion(), course.getTitle(), course.getCompletionRule(), result,
                preTests);
    }

    public LessonPage lesson(String lessonId, Locale locale) {
        LessonEntity lesson = lessons.findById(lessonId).orElseThrow(() -> new NoSuchElementException(lessonId));
        int version = findCourse(lesson.getCourseId()).getVersion();
        String audio = lesson.getAudio().getOrDefault(locale.getLanguage(), lesson.getAudio().get(Text.FALLBACK));
        return new LessonPage(lesson.getId(), lesson.getCourseId(), version, lesson.getTitle(),
                markdown.toSafeHtml(lesson.getBody().in(locale), LessonPage.filesUrl(lesson.getCourseId())),
                lesson.getEstimatedMinutes(), List.copyOf(lesson.getHandouts()), audio, files.sizes(lesson.getCourseId()));
    }

    public QuizPaper quiz(String quizId) {
        QuizEntity quiz = findQuiz(quizId);
        List<QuestionEntity> qs = activeQuestions(quizId);
        Map<String, List<OptionEntity>> opts = optionsOf(qs);
        return new QuizPaper(quiz.getId(), quiz.getCourseId(), findCourse(quiz.getCourseId()).getVersion(),
                quiz.getTitle(), quiz.getPassMark(), quiz.getAttemptsAllowed(),
                qs.stream().map(q -> new QuizPaper.Question(q.getId(), q.getKind(), q.getPrompt(),
                        opts.getOrDefault(q.getId(), List.of()).stream()
                                .map(o -> new QuizPaper.Option(o.getId(), o.getText())).toList())).toList());
    }

    /** An assignment as the learner fills it: instructions (sanitised HTML), template fields and the rubric. */
    public AssignmentPaper assignment(String assignmentId, Locale locale) {
        AssignmentEntity a = assignments.findById(assignmentId).orElseThrow(() -> new NoSuchElementException(assignmentId));
        var rubric = a.getRubric();
        return new AssignmentPaper(a.getId(), a.getCourseId(), findCourse(a.getCourseId()).getVersion(), a.getTitle(),
                markdown.toSafeHtml(a.getInstructions().in(locale), LessonPage.filesUrl(a.getCourseId())),
                a.getFields().stream().map(f -> new AssignmentPaper.Field(f.id(), f.kind(), f.label(), f.help(),
                        Boolean.TRUE.equals(f.required()), f.options() == null ? List.of()
                        : f.options().stream().map(c -> new AssignmentPaper.Choice(c.id(), c.label())).toList())).toList(),
                rubric.levels().stream().map(l -> new AssignmentPaper.Level(l.id(), l.points() == null ? 0 : l.points(),
                        l.label())).toList(),
                rubric.criteria().stream().map(c -> new AssignmentPaper.Criterion(c.id(), c.title(),
                        c.descriptors() == null ? java.util.Map.of() : java.util.Map.copyOf(c.descriptors()))).toList());
    }

    /**
     * The right options of every question of a quiz, for coaches and staff reading how learners answered;
     * learners never get it (they get feedback on their own answers through {@link #grade}).
     */
    @PreAuthorize("hasAnyRole('COACH', 'TRAINER', 'ADMIN')")
    public Map<String, Set<String>> answerKey(String quizId) {
        List<QuestionEntity> qs = activeQuestions(quizId);
        Map<String, List<OptionEntity>> opts = optionsOf(qs);
        Map<String, Set<String>> key = new HashMap<>();
        for (QuestionEntity q : qs) {
            key.put(q.getId(), opts.getOrDefault(q.getId(), List.of()).stream().filter(OptionEntity::isCorrect)
                    .map(OptionEntity::getId).collect(Collectors.toSet()));
        }
        return key;
    }

    /**
     * Grades an attempt: a question counts as right only when exactly its correct options were chosen.
     *
     * @param answers question id → chosen option ids
     */
    public QuizGrade grade(String quizId, Map<String, Set<String>> answers) {
        QuizEntity quiz = findQuiz(quizId);
        List<QuestionEntity> qs = activeQuestions(quizId);
        Map<String, List<OptionEntity>> opts = optionsOf(qs);
        List<QuizGrade.QuestionGrade> grades = new ArrayList<>();
        for (QuestionEntity q : qs) {
            List<OptionEntity> questionOptions = opts.getOrDefault(q.getId(), List.of());
            Set<String> chosen = answers.getOrDefault(q.getId(), Set.of());
            Set<String> correct = questionOptions.stream().filter(OptionEntity::isCorrect)
                    .map(OptionEntity::getId).collect(Collectors.toSet());
            List<Text> feedback = questionOptions.stream().filter(o -> chosen.contains(o.getId()))
                    .map(OptionEntity::getFeedback).toList();
            grades.add(new QuizGrade.QuestionGrade(q.getId(), correct.equals(chosen), feedback));
        }
        long right = grades.stream().filter(QuizGrade.QuestionGrade::correct).count();
        int score = qs.isEmpty() ? 0 : (int) Math.floor(100.0 * right / qs.size());
        return new QuizGrade(quizId, score, score >= quiz.getPassMark(), grades);
    }

    private List<QuestionEntity> activeQuestions(String quizId) {
        return questions.findByQuizIdOrderByPosition(quizId).stream().filter(q -> !q.isRetired()).toList();
    }

    private Map<String, List<OptionEntity>> optionsOf(List<QuestionEntity> qs) {
        return options.findByQuestionIdInOrderByPosition(qs.stream().map(QuestionEntity::getId).toList()).stream()
                .filter(o -> !o.isRetired())
                .collect(Collectors.groupingBy(OptionEntity::getQuestionId));
    }

    private CourseEntity findCourse(String courseId) {
        return courses.findById(courseId).orElseThrow(() -> new NoSuchElementException(courseId));
    }

    private QuizEntity findQuiz(String quizId) {
        return quizzes.findById(quizId).orElseThrow(() -> new NoSuchElementException(quizId));
    }

    static CourseSummary summary(CourseEntity c) {
        return new CourseSummary(c.getId(), c.getVersion(), c.getTitle(), c.getSummary(), c.getTopic(),
                c.getEstimatedMinutes(), c.getLanguages());
    }
}

package org.kasang.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.catalogue.QuizGrade;
import org.kasang.catalogue.QuizPaper;
import org.kasang.common.InvalidInput;
import org.kasang.learning.internal.CourseProgression;
import org.kasang.learning.internal.HelpRows;
import org.kasang.learning.internal.LearningRecords;
import org.kasang.learning.internal.LearningStates;
import org.kasang.learning.internal.LearningStates.CourseRow;
import org.kasang.learning.internal.LearningStates.ItemRow;
import org.kasang.learning.internal.Statement;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.CurrentUser;
import org.kasang.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A learner's own learning: enrol, open items, complete lessons, attempt quizzes. Every step appends a
 * learning record and moves the current state in the same transaction; a repeated request records once.
 */
@Service
@PreAuthorize("hasRole('LEARNER')")
public class LearningService {

    private final LearningRecords records;
    private final LearningStates states;
    private final CourseProgression progression;
    private final HelpRows help;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    static final int HELP_MESSAGE_MAX = 1000;

    LearningService(LearningRecords records, LearningStates states, CourseProgression progression, HelpRows help,
                    CatalogueService catalogue, OrganisationService organisations, CurrentUser currentUser,
                    ObjectMapper json, Clock clock) {
        this.records = records;
        this.states = states;
        this.progression = progression;
        this.help = help;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CourseProgress progress(String courseId) {
        long person = me().personId();
        CourseOutline outline = catalogue.outline(courseId);
        return states.course(person, courseId)
                .map(row -> progress(row, outline, states.items(person, courseId)))
                .orElseGet(() -> CourseProgress.notEnrolled(courseId, outline.items().size()));
    }

    /** Every course the learner is enrolled in, most recently active first. */
    @Transactional(readOnly = true)
    public java.util.List<CourseProgress> myCourses() {
        long person = me().personId();
        return states.coursesOf(person).stream()
                .map(row -> progress(row, catalogue.outline(row.courseId()), states.items(person, row.courseId())))
                .toList();
    }

    @Transactional
    public void enrol(String courseId) {
        enrolled(me(), catalogue.outline(courseId));
    }

    /**
     * The learner's course row, locked until the transaction ends; the first step in a course enrols them
     * (with the CBO they belong to) on the way.
     */
    private CourseRow enrolled(SignedInUser me, CourseOutline outline) {
        String courseId = outline.courseId();
        return states.lockCourse(me.personId(), courseId).orElseGet(() -> {
            Instant now = clock.instant();
            Long cbo = organisations.currentCboOf(me.personId()).orElse(null);
            if (states.enrol(me.personId(), courseId, cbo, now)) {
                states.adjustSummary(cbo, courseId, 1, 0, 0);
                records.append(statement("registered:" + me.personId() + ":" + courseId, me, Verb.REGISTERED, "COURSE",
                        courseId, outline, null, null, null, null, cbo, now));
            }
            return states.lockCourse(me.personId(), courseId).orElseThrow();
        });
    }

    /** The learner opens a lesson or quiz: it becomes started and the course resumes here next time. @return its status */
    @Transactional
    public ItemStatus open(String courseId, String itemId) {
        SignedInUser me = me();
        CourseOutline outline = catalogue.outline(courseId);
        CourseOutline.Item item = outline.item(itemId).orElseThrow(() -> new NoSuchElementException(itemId));
        CourseRow course = enrolled(me, outline);
        Instant now = clock.instant();
        ItemRow state = states.items(me.personId(), courseId).get(itemId);
        if (state == null) {
            states.saveItem(me.personId(), courseId, new ItemRow(itemId, ItemStatus.STARTED, 0, null, null), Mode.SELF, now);
        }
        records.append(statement("launched:" + me.personId() + ":" + itemId, me, Verb.LAUNCHED, objectType(item.type()),
                itemId, outline, null, null, null, null, course.cboId(), now));
        moveCourse(course, outline, itemId, now, Mode.SELF);
        return state == null ? ItemStatus.STARTED : state.status();
    }

    @Transactional
    public CourseProgress completeLesson(String courseId, String lessonId) {
        SignedInUser me = me();
        CourseOutline outline = catalogue.outline(courseId);
        CourseOutline.Item item = outline.item(lessonId).filter(i -> i.type() == ItemType.LESSON)
                .orElseThrow(() -> new NoSuchElementException(lessonId));
        CourseRow course = enrolled(me, outline);
        Instant now = clock.instant();
        if (records.append(statement("completed:" + me.personId() + ":" + item.id(), me, Verb.COMPLETED, "LESSON",
                item.id(), outline, null, null, true, null, course.cboId(), now))) {
            states.saveItem(me.personId(), courseId, new ItemRow(item.id(), ItemStatus.COMPLETED, 0, null, null), Mode.SELF, now);
        }
        String resume = outline.next(lessonId).map(CourseOutline.Item::id).orElse(lessonId);
        moveCourse(course, outline, resume, now, Mode.SELF);
        return progress(courseId);
    }

    /**
     * Grades and records one quiz attempt. The attempt id comes from the page that showed the quiz, so a
     * double click or a retried request is counted once.
     */
    @Transactional
    public QuizOutcome submitQuiz(String courseId, String quizId, String attemptId, Map<String, Set<String>> answers) {
        SignedInUser me = me();
        CourseOutline outline = catalogue.outline(courseId);
        CourseOutline.Item item = outline.item(quizId).filter(i -> i.type() != ItemType.LESSON)
                .orElseThrow(() -> new NoSuchElementException(quizId));
        QuizPaper paper = catalogue.quiz(quizId);
        CourseRow course = enrolled(me, outline);
        ItemRow before = states.items(me.personId(), courseId)
                .getOrDefault(quizId, new ItemRow(quizId, ItemStatus.STARTED, 0, null, null));
        QuizGrade grade = catalogue.grade(quizId, answers);
        Instant now = clock.instant();
        String key = attemptKey(me, quizId, attemptId);
        if (records.exists(key)) {
            return new QuizOutcome(grade, before.attempts(), paper.attemptsAllowed(), nullToZero(before.bestScore()));
        }
        if (paper.attemptsAllowed() != null && before.attempts() >= paper.attemptsAllowed()) {
            throw new InvalidInput("quiz.error.no-attempts-left");
        }
        records.append(statement(key, me, grade.passed() ? Verb.PASSED : Verb.FAILED,
                "QUIZ", quizId, outline, grade.scorePercent() / 100.0, grade.passed(), true, toJson(answers),
                course.cboId(), now));
        boolean passed = grade.passed() || Boolean.TRUE.equals(before.passed());
        int best = Math.max(nullToZero(before.bestScore()), grade.scorePercent());
        // A pre-test measures what the learner knew before: taking it is enough.
        boolean done = passed || item.type() == ItemType.PRE_TEST;
        ItemStatus open = before.status() == ItemStatus.NEEDS_HELP ? ItemStatus.NEEDS_HELP : ItemStatus.STARTED;
        ItemRow after = new ItemRow(quizId, done ? ItemStatus.COMPLETED : open,
                before.attempts() + 1, best, passed);
        states.saveItem(me.personId(), courseId, after, Mode.SELF, now);
        String resume = done ? outline.next(quizId).map(CourseOutline.Item::id).orElse(quizId) : quizId;
        moveCourse(course, outline, resume, now, Mode.SELF);
        return new QuizOutcome(grade, after.attempts(), paper.attemptsAllowed(), best);
    }

    /**
     * Records that the learner handed in an assignment (a first submission or a revision): the item is
     * complete from then on, whatever the coach's review says, and the course moves on.
     *
     * @param revision 1 for the first submission, counting up with each resubmission
     */
    @Transactional
    public CourseProgress assignmentSubmitted(String courseId, String assignmentId, int revision) {
        SignedInUser me = me();
        CourseOutline outline = catalogue.outline(courseId);
        CourseOutline.Item item = outline.item(assignmentId).filter(i -> i.type() == ItemType.ASSIGNMENT)
                .orElseThrow(() -> new NoSuchElementException(assignmentId));
        CourseRow course = enrolled(me, outline);
        Instant now = clock.instant();
        if (records.append(statement("submitted:" + me.personId() + ":" + item.id() + ":" + revision, me,
                Verb.COMPLETED, "ASSIGNMENT", item.id(), outline, null, null, true, null, course.cboId(), now))) {
            states.saveItem(me.personId(), courseId, new ItemRow(item.id(), ItemStatus.COMPLETED, revision, null, null),
                    Mode.SELF, now);
        }
        String resume = outline.next(assignmentId).map(CourseOutline.Item::id).orElse(assignmentId);
        moveCourse(course, outline, resume, now, Mode.SELF);
        return progress(courseId);
    }

    /**
     * "I need help" on an item, or one question of a quiz: the message reaches the coaches of the learner's
     * CBO; the item shows "needs help" until a coach answers.
     */
    @Transactional
    public HelpRequest askForHelp(String courseId, String itemId, String questionId, String message) {
        SignedInUser me = me();
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > HELP_MESSAGE_MAX) {
            throw new InvalidInput("help.error.message", HELP_MESSAGE_MAX);
        }
        CourseOutline outline = catalogue.outline(courseId);
        outline.item(itemId).orElseThrow(() -> new NoSuchElementException(itemId));
        if (questionId != null && !questionId.startsWith(itemId + "/")) {
            throw new NoSuchElementException(questionId);
        }
        CourseRow course = enrolled(me, outline);
        Instant now = clock.instant();
        long id = help.insert(me.personId(), course.cboId(), courseId, itemId, questionId, text, now);
        ItemRow item = states.items(me.personId(), courseId).get(itemId);
        if (item == null || item.status() != ItemStatus.COMPLETED) {
            states.saveItem(me.personId(), courseId, item == null
                    ? new ItemRow(itemId, ItemStatus.NEEDS_HELP, 0, null, null)
                    : new ItemRow(itemId, ItemStatus.NEEDS_HELP, item.attempts(), item.bestScore(), item.passed()),
                    Mode.SELF, now);
        }
        states.adjustSummary(course.cboId(), courseId, 0, 0, 0, 1);
        moveCourse(course, outline, itemId, now, Mode.SELF);
        return help.ofLearner(me.personId(), courseId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The learner's own help requests in a course, newest first, with the coach's answers. */
    @Transactional(readOnly = true)
    public java.util.List<HelpRequest> myHelpRequests(String courseId) {
        return help.ofLearner(me().personId(), courseId);
    }

    /**
     * What the course taught the learner: for each post-test paired with a pre-test they took, the pre-test's
     * score and the post-test's best score so far (null until attempted).
     */
    @Transactional(readOnly = true)
    public java.util.List<KnowledgeGain> knowledgeGains(String courseId) {
        long person = me().personId();
        CourseOutline outline = catalogue.outline(courseId);
        Map<String, ItemRow> items = states.items(person, courseId);
        return outline.preTests().entrySet().stream()
                .filter(pair -> items.containsKey(pair.getValue()) && items.get(pair.getValue()).attempts() > 0)
                .map(pair -> new KnowledgeGain(pair.getValue(), pair.getKey(), nullToZero(items.get(pair.getValue()).bestScore()),
                        items.containsKey(pair.getKey()) && items.get(pair.getKey()).attempts() > 0
                                ? items.get(pair.getKey()).bestScore() : null))
                .sorted(java.util.Comparator.comparing(KnowledgeGain::postTestId))
                .toList();
    }

    /** Where the learner stands on a quiz before attempting it again: attempts used and left, best score. */
    @Transactional(readOnly = true)
    public QuizStanding quizStanding(String courseId, String quizId) {
        QuizPaper paper = catalogue.quiz(quizId);
        ItemRow row = states.items(me().personId(), courseId).get(quizId);
        return row == null ? new QuizStanding(0, paper.attemptsAllowed(), null, false)
                : new QuizStanding(row.attempts(), paper.attemptsAllowed(), row.bestScore(), Boolean.TRUE.equals(row.passed()));
    }

    /** The learning record's object type: pre-tests are quizzes there. */
    static String objectType(ItemType type) {
        return switch (type) {
            case LESSON -> "LESSON";
            case QUIZ, PRE_TEST -> "QUIZ";
            case ASSIGNMENT -> "ASSIGNMENT";
        };
    }

    private static String attemptKey(SignedInUser me, String quizId, String attemptId) {
        if (attemptId == null || attemptId.isBlank() || attemptId.length() > 64) {
            throw new InvalidInput("quiz.error.attempt");
        }
        return "attempt:" + me.personId() + ":" + quizId + ":" + attemptId;
    }

    /** Recomputes the course row from item states (see {@link CourseProgression}). */
    private void moveCourse(CourseRow course, CourseOutline outline, String resumeItemId, Instant now, Mode mode) {
        progression.move(course, outline, resumeItemId, now, mode, null, recorder());
    }

    private CourseProgress progress(CourseRow row, CourseOutline outline, Map<String, ItemRow> items) {
        Set<String> active = outline.items().stream().map(CourseOutline.Item::id).collect(Collectors.toSet());
        Map<String, ItemStatus> statuses = items.values().stream().filter(i -> active.contains(i.itemId()))
                .collect(Collectors.toMap(ItemRow::itemId, ItemRow::status));
        int completed = (int) statuses.values().stream().filter(status -> status == ItemStatus.COMPLETED).count();
        return new CourseProgress(row.courseId(), row.status(), completed, active.size(),
                row.resumeItemId(), statuses, row.lastActivityAt());
    }

    private Statement statement(String key, SignedInUser me, Verb verb, String type, String objectId,
                                CourseOutline outline, Double score, Boolean success, Boolean completion,
                                String response, Long cbo, Instant at) {
        return new Statement(key, me.personId(), verb, type, objectId, outline.courseId(), outline.version(), score,
                success, completion, response, cbo, Mode.SELF, null, me.accountId(), at);
    }

    private Long recorder() {
        return currentUser.find().map(SignedInUser::accountId).orElse(null);
    }

    private String toJson(Map<String, Set<String>> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignedInUser me() {
        return currentUser.require();
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}

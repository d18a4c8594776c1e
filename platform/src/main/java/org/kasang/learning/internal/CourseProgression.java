package org.kasang.learning.internal;

import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.learning.CourseCompleted;
import org.kasang.learning.CourseStatus;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.Mode;
import org.kasang.learning.Verb;
import org.kasang.learning.internal.LearningStates.CourseRow;
import org.kasang.learning.internal.LearningStates.ItemRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/**
 * Moves a person's course row after an item changed, whoever changed it (the learner, or a coach in a
 * facilitated session): items completed, best quiz score, status by the completion rule; keeps the CBO summary
 * in step and announces a completion once. Runs inside the caller's transaction.
 */
@Component
public class CourseProgression {

    private final LearningStates states;
    private final LearningRecords records;
    private final ApplicationEventPublisher events;

    CourseProgression(LearningStates states, LearningRecords records, ApplicationEventPublisher events) {
        this.states = states;
        this.records = records;
        this.events = events;
    }

    public void move(CourseRow course, CourseOutline outline, String resumeItemId, Instant now, Mode mode,
                     Long sessionId, Long recordedBy) {
        Map<String, ItemRow> items = states.items(course.personId(), course.courseId());
        var active = outline.items();
        int completed = (int) active.stream()
                .filter(i -> items.containsKey(i.id()) && items.get(i.id()).status() == ItemStatus.COMPLETED).count();
        boolean lessonsDone = active.stream().filter(i -> i.type() == ItemType.LESSON)
                .allMatch(i -> items.containsKey(i.id()) && items.get(i.id()).status() == ItemStatus.COMPLETED);
        boolean quizzesPassed = active.stream().filter(i -> i.type() == ItemType.QUIZ)
                .allMatch(i -> items.containsKey(i.id()) && Boolean.TRUE.equals(items.get(i.id()).passed()));
        Integer best = items.values().stream().map(ItemRow::bestScore).filter(s -> s != null)
                .max(Integer::compare).orElse(null);
        CourseStatus status = course.status();
        Mode completedMode = course.completedMode();
        Instant completedAt = null;
        if (status != CourseStatus.COMPLETED && outline.completionRule().satisfied(lessonsDone, quizzesPassed)) {
            states.adjustSummary(course.cboId(), course.courseId(), 0, status == CourseStatus.IN_PROGRESS ? -1 : 0, 1);
            status = CourseStatus.COMPLETED;
            completedMode = mode;
            completedAt = now;
            records.append(new Statement("completed:" + course.personId() + ":" + course.courseId(), course.personId(),
                    Verb.COMPLETED, "COURSE", course.courseId(), course.courseId(), outline.version(), null, null,
                    true, null, course.cboId(), mode, sessionId, recordedBy, now));
            events.publishEvent(new CourseCompleted(course.personId(), course.courseId(), outline.version(),
                    course.cboId(), mode, now));
        } else if (status == CourseStatus.ENROLLED) {
            states.adjustSummary(course.cboId(), course.courseId(), 0, 1, 0);
            status = CourseStatus.IN_PROGRESS;
        }
        states.updateCourse(new CourseRow(course.personId(), course.courseId(), course.cboId(), status, completed, best,
                resumeItemId, now, completedMode), completedAt);
    }
}

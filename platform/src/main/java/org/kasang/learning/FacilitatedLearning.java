package org.kasang.learning;

import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.common.InvalidInput;
import org.kasang.learning.internal.CourseProgression;
import org.kasang.learning.internal.LearningRecords;
import org.kasang.learning.internal.LearningStates;
import org.kasang.learning.internal.LearningStates.CourseRow;
import org.kasang.learning.internal.LearningStates.ItemRow;
import org.kasang.learning.internal.Statement;
import org.kasang.organisations.Member;
import org.kasang.organisations.MemberService;
import org.kasang.security.CurrentUser;
import org.kasang.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lessons completed together in a facilitated group session: a coach or facilitator records them for the
 * members present, who may share a phone or have none. Every record says FACILITATED and carries the session.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
public class FacilitatedLearning {

    private static final int PAGE = 200;

    private final LearningStates states;
    private final LearningRecords records;
    private final CourseProgression progression;
    private final MemberService members;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;

    FacilitatedLearning(LearningStates states, LearningRecords records, CourseProgression progression,
                        MemberService members, CatalogueService catalogue, CurrentUser currentUser) {
        this.states = states;
        this.records = records;
        this.progression = progression;
        this.members = members;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
    }

    /**
     * Marks the lessons completed for every member present (each a current member of the CBO, whose scope the
     * member list checks), enrolling them first where needed. Repeating the same session records nothing new.
     */
    @Transactional
    public void recordSession(long cboId, long sessionId, String courseId, List<String> lessonIds,
                              Set<Long> presentPersonIds, Instant at) {
        Set<Long> current = currentMembers(cboId);
        if (presentPersonIds == null || presentPersonIds.isEmpty()) {
            throw new InvalidInput("session.error.present");
        }
        if (!current.containsAll(presentPersonIds)) {
            throw new InvalidInput("session.error.not-member");
        }
        CourseOutline outline = catalogue.outline(courseId);
        if (lessonIds == null || lessonIds.isEmpty()) {
            throw new InvalidInput("session.error.lessons");
        }
        List<CourseOutline.Item> lessons = outline.items().stream().filter(i -> lessonIds.contains(i.id())).toList();
        if (lessons.size() != Set.copyOf(lessonIds).size()
                || lessons.stream().anyMatch(i -> i.type() != ItemType.LESSON)) {
            throw new InvalidInput("session.error.lessons");
        }
        SignedInUser facilitator = currentUser.require();
        String resume = outline.next(lessons.get(lessons.size() - 1).id())
                .map(CourseOutline.Item::id).orElse(lessons.get(lessons.size() - 1).id());
        for (long person : presentPersonIds.stream().sorted().toList()) {
            CourseRow course = enrolled(person, cboId, outline, sessionId, facilitator, at);
            var items = states.items(person, courseId);
            for (CourseOutline.Item lesson : lessons) {
                boolean recorded = records.append(new Statement(
                        "facilitated:" + sessionId + ":" + person + ":" + lesson.id(), person, Verb.COMPLETED,
                        "LESSON", lesson.id(), courseId, outline.version(), null, null, true, null, cboId,
                        Mode.FACILITATED, sessionId, facilitator.accountId(), at));
                ItemRow before = items.get(lesson.id());
                // A lesson the member had already completed keeps how they completed it.
                if (recorded && (before == null || before.status() != ItemStatus.COMPLETED)) {
                    states.saveItem(person, courseId, new ItemRow(lesson.id(), ItemStatus.COMPLETED,
                            before == null ? 0 : before.attempts(), before == null ? null : before.bestScore(),
                            before == null ? null : before.passed()), Mode.FACILITATED, at);
                }
            }
            progression.move(course, outline, course.resumeItemId() == null ? resume : course.resumeItemId(), at,
                    Mode.FACILITATED, sessionId, facilitator.accountId());
        }
    }

    private CourseRow enrolled(long person, long cboId, CourseOutline outline, long sessionId,
                               SignedInUser facilitator, Instant at) {
        String courseId = outline.courseId();
        return states.lockCourse(person, courseId).orElseGet(() -> {
            if (states.enrol(person, courseId, cboId, at)) {
                states.adjustSummary(cboId, courseId, 1, 0, 0);
                records.append(new Statement("registered:" + person + ":" + courseId, person, Verb.REGISTERED,
                        "COURSE", courseId, courseId, outline.version(), null, null, null, null, cboId,
                        Mode.FACILITATED, sessionId, facilitator.accountId(), at));
            }
            return states.lockCourse(person, courseId).orElseThrow();
        });
    }

    private Set<Long> currentMembers(long cboId) {
        Set<Long> ids = new HashSet<>();
        Slice<Member> page = members.members(cboId, PageRequest.of(0, PAGE));
        while (true) {
            page.forEach(member -> ids.add(member.personId()));
            if (!page.hasNext()) {
                return ids;
            }
            page = members.members(cboId, page.nextPageable());
        }
    }
}

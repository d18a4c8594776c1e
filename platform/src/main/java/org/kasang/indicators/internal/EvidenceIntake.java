package org.kasang.indicators.internal;

import org.kasang.assignments.SubmissionApproved;
import org.kasang.common.Cambodia;
import org.kasang.indicators.EvidenceKind;
import org.kasang.learning.CourseCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Turns learning's and assignments' events into evidence, in the transaction that published them: a completion
 * or approval and its evidence are kept together or not at all. The same event twice is logged once.
 */
@Component
class EvidenceIntake {

    private final EvidenceRows evidence;
    private final Derivation derivation;
    private final Clock clock;

    EvidenceIntake(EvidenceRows evidence, Derivation derivation, Clock clock) {
        this.evidence = evidence;
        this.derivation = derivation;
        this.clock = clock;
    }

    @EventListener
    void on(CourseCompleted event) {
        if (event.cboId() == null) {
            return; // a learner outside any CBO proves nothing about one
        }
        evidence.append(event.cboId(), EvidenceKind.COURSE_COMPLETED, day(event.completedAt()), event.personId(),
                        "learning_record", "completed:" + event.personId() + ":" + event.courseId(),
                        Map.of("courseId", event.courseId(), "mode", String.valueOf(event.mode())), clock.instant(),
                        event.personId(), null, null)
                .ifPresent(id -> derivation.derive(event.cboId()));
    }

    @EventListener
    void on(SubmissionApproved event) {
        if (event.cboId() == null) {
            return;
        }
        evidence.append(event.cboId(), EvidenceKind.ASSIGNMENT_APPROVED, day(event.at()), event.personId(),
                        "submission", String.valueOf(event.submissionId()),
                        Map.of("assignmentId", event.assignmentId(), "courseId", event.courseId()), clock.instant(),
                        event.reviewerPersonId(), event.reviewerPersonId(), event.at())
                .ifPresent(id -> derivation.derive(event.cboId()));
    }

    private static LocalDate day(Instant at) {
        return at.atZone(Cambodia.ZONE).toLocalDate();
    }
}

package org.kasang.assignments;

import org.kasang.assignments.internal.SubmissionRows;
import org.kasang.assignments.internal.SubmissionRows.Row;
import org.kasang.catalogue.AssignmentPaper;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.Text;
import org.kasang.common.InvalidInput;
import org.kasang.security.CurrentUser;
import org.kasang.security.Scope;
import org.kasang.security.ScopeService;
import org.kasang.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Coaches review the work of learners in the CBOs assigned to them (admins everywhere): score every
 * rubric criterion, give feedback, approve or return for revision. Work outside the scope is denied.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
public class ReviewService {

    static final int MAX_FEEDBACK = 4000;

    private final SubmissionRows rows;
    private final CatalogueService catalogue;
    private final ScopeService scopes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(SubmissionRows rows, CatalogueService catalogue, ScopeService scopes, CurrentUser currentUser,
                  ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Work handed in and waiting in my CBOs, oldest first. */
    @Transactional(readOnly = true)
    public Slice<WaitingSubmission> waiting(Pageable page) {
        Scope scope = scopes.current();
        return rows.waiting(scope.cboIdsForQuery(), scope.everything(), page);
    }

    /** One submission with its answers, files and reviews, beside the template and rubric in this language. */
    @Transactional(readOnly = true)
    public ReviewedSubmission submission(long submissionId, Locale locale) {
        Row row = inScope(submissionId);
        SubmissionRows.Names names = rows.names(row.personId(), row.cboId());
        return new ReviewedSubmission(rows.full(row), catalogue.assignment(row.assignmentId(), locale),
                names.memberName(), names.cboName());
    }

    /**
     * Records a review of the submitted revision and moves the work on: approved, or returned to revise.
     *
     * @param scores criterion id → level id, for every criterion of the rubric
     */
    @Transactional
    public Submission review(long submissionId, Map<String, String> scores, String feedback, Decision decision) {
        Row row = inScope(submissionId);
        SignedInUser me = currentUser.require();
        if (row.personId() == me.personId()) {
            throw new InvalidInput("review.error.own");
        }
        if (row.status() != SubmissionStatus.SUBMITTED) {
            throw new InvalidInput("review.error.not-waiting");
        }
        if (decision == null) {
            throw new InvalidInput("review.error.decision");
        }
        AssignmentPaper rubric = catalogue.assignment(row.assignmentId(), Locale.ENGLISH);
        int points = points(rubric, scores);
        String text = feedback == null || feedback.isBlank() ? null : feedback.strip();
        if (decision == Decision.RETURNED && text == null) {
            throw new InvalidInput("review.error.feedback");
        }
        if (text != null && text.length() > MAX_FEEDBACK) {
            throw new InvalidInput("review.error.feedback-long", MAX_FEEDBACK);
        }
        Instant now = clock.instant();
        SubmissionStatus next = decision == Decision.APPROVED ? SubmissionStatus.APPROVED : SubmissionStatus.RETURNED;
        AssignmentService.changed(rows.decide(row, next, now));
        Map<String, String> ordered = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> ordered.put(c.id(), scores.get(c.id())));
        // The snapshot: a return lets the learner edit these answers, the review must keep what it judged.
        rows.addReview(row.id(), row.revision(), me.personId(), ordered, points, rubric.maxPoints(), text, decision, now,
                row.answers(), rows.files(row.id()).stream().map(SubmissionFile::name).toList());
        if (decision == Decision.APPROVED) {
            events.publishEvent(new SubmissionApproved(row.id(), row.personId(), row.cboId(), row.courseId(),
                    row.assignmentId(), me.personId(), now));
        }
        return rows.full(rows.find(row.id()).orElseThrow());
    }

    /** A file of a submission in my scope. */
    @Transactional(readOnly = true)
    public Optional<FileContent> file(long submissionId, long fileId) {
        Row row = inScope(submissionId);
        return rows.content(row.id(), fileId);
    }

    /** The points of a complete, valid scoring; throws naming the first criterion without a valid level. */
    private static int points(AssignmentPaper rubric, Map<String, String> scores) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        rubric.levels().forEach(level -> levels.put(level.id(), level.points()));
        scores.keySet().stream().filter(id -> rubric.criteria().stream().noneMatch(c -> c.id().equals(id)))
                .findFirst().ifPresent(id -> {
                    throw new InvalidInput("review.error.unknown-criterion", id);
                });
        int points = 0;
        for (AssignmentPaper.Criterion criterion : rubric.criteria()) {
            Integer level = levels.get(scores.get(criterion.id()));
            if (level == null) {
                throw new InvalidInput("review.error.criterion", criterion.id());
            }
            points += level;
        }
        return points;
    }

    private Row inScope(long submissionId) {
        Row row = rows.find(submissionId).orElseThrow(() -> new NoSuchElementException("submission " + submissionId));
        Scope scope = scopes.current();
        if (!(scope.everything() || (row.cboId() != null && scope.coversCbo(row.cboId())))) {
            throw new AccessDeniedException("submission outside scope");
        }
        return row;
    }

    /** Submissions waiting per CBO across the CBOs I coach (everywhere for programme staff); only CBOs with some. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> waitingPerCbo() {
        Scope scope = scopes.current();
        return rows.waitingPerCbo(scope.cboIdsForQuery(), scope.everything());
    }

    /**
     * A member's work handed in to one of my CBOs, most recently changed first, with the latest decision; drafts
     * never handed in stay the learner's own. One query; titles come from each course's outline once.
     */
    @Transactional(readOnly = true)
    public List<MemberSubmission> memberSubmissions(long cboId, long personId) {
        if (!scopes.current().coversCbo(cboId)) {
            throw new AccessDeniedException("CBO outside scope");
        }
        Map<String, CourseOutline> outlines = new HashMap<>();
        return rows.handedIn(cboId, personId).stream().map(listed -> {
            Row row = listed.row();
            CourseOutline outline = outlines.computeIfAbsent(row.courseId(), catalogue::outline);
            Text title = outline.item(row.assignmentId()).map(CourseOutline.Item::title).orElse(Text.of(row.assignmentId()));
            Review last = listed.lastReview();
            return new MemberSubmission(row.id(), row.courseId(), row.assignmentId(), title, row.status(), row.revision(),
                    row.submittedAt(), last == null ? null : last.decision(), last == null ? null : last.reviewedAt());
        }).toList();
    }
}

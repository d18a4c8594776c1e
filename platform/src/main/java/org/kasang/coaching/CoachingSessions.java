package org.kasang.coaching;

import org.kasang.coaching.internal.SessionRows;
import org.kasang.common.InvalidInput;
import org.kasang.learning.FacilitatedLearning;
import org.kasang.organisations.Member;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.CurrentUser;
import org.kasang.security.Scope;
import org.kasang.security.ScopeService;
import org.kasang.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Coaching sessions with a CBO: log one (with who was present and follow-up actions), a CBO's history, the
 * coach's overdue actions. Only for CBOs the coach is assigned to today.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
public class CoachingSessions {

    static final int TOPICS_MAX = 2000;
    static final int NOTES_MAX = 4000;
    private static final int PAGE = 200;

    private final SessionRows rows;
    private final FacilitatedLearning facilitated;
    private final OrganisationService organisations;
    private final MemberService members;
    private final ScopeService scopes;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoachingSessions(SessionRows rows, FacilitatedLearning facilitated, OrganisationService organisations,
                     MemberService members, ScopeService scopes, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.facilitated = facilitated;
        this.organisations = organisations;
        this.members = members;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Logs a session; for a facilitated one, the lessons covered are completed for those present. @return its id */
    @Transactional
    public long log(NewSession session) {
        organisations.requireInScope(session.cboId());
        validate(session);
        SignedInUser coach = currentUser.require();
        Instant now = clock.instant();
        long id = rows.insert(session, coach.personId(), now);
        if (session.kind() == SessionKind.FACILITATED) {
            facilitated.recordSession(session.cboId(), id, session.courseId(), session.lessonIds(),
                    session.presentPersonIds(), now);
        }
        return id;
    }

    @Transactional
    public void markDone(long actionId) {
        long cbo = rows.cboOfAction(actionId).orElseThrow(() -> new InvalidInput("session.error.action-gone"));
        organisations.requireInScope(cbo);
        rows.markDone(actionId, currentUser.require().accountId(), clock.instant());
    }

    /** The CBO's sessions, newest first. */
    @Transactional(readOnly = true)
    public Slice<CoachingSession> history(long cboId, Pageable page) {
        organisations.requireInScope(cboId);
        return rows.history(cboId, page);
    }

    /** Open follow-up actions past their due date in the CBOs the coach is assigned to today. */
    @Transactional(readOnly = true)
    public Slice<FollowUpAction> overdue(Pageable page) {
        Scope scope = scopes.current();
        return rows.overdue(scope.everything() ? null : scope.cboIdsForQuery(), today(), page);
    }

    private void validate(NewSession session) {
        if (session.kind() == null) {
            throw new InvalidInput("session.error.kind");
        }
        if (session.heldOn() == null || session.heldOn().isAfter(today())) {
            throw new InvalidInput("session.error.date");
        }
        if (session.topics().isEmpty() || String.join("\n", session.topics()).length() > TOPICS_MAX) {
            throw new InvalidInput("session.error.topics", TOPICS_MAX);
        }
        if (session.notes() != null && session.notes().length() > NOTES_MAX) {
            throw new InvalidInput("session.error.notes", NOTES_MAX);
        }
        for (NewSession.NewAction action : session.actions()) {
            if (blank(action.description()) || action.description().strip().length() > 500
                    || blank(action.owner()) || action.owner().strip().length() > 120 || action.dueOn() == null) {
                throw new InvalidInput("session.error.action");
            }
        }
        if (!currentMembers(session.cboId()).containsAll(session.presentPersonIds())) {
            throw new InvalidInput("session.error.not-member");
        }
        if (session.kind() == SessionKind.FACILITATED) {
            if (session.presentPersonIds().isEmpty()) {
                throw new InvalidInput("session.error.present");
            }
            if (blank(session.courseId()) || session.lessonIds().isEmpty()) {
                throw new InvalidInput("session.error.lessons");
            }
        }
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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Overdue follow-up actions per CBO I coach (everywhere for programme staff); only CBOs with some. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> overduePerCbo() {
        Scope scope = scopes.current();
        return rows.overduePerCbo(scope.everything() ? null : scope.cboIdsForQuery(), today());
    }
}

package org.kasang.learning;

import org.kasang.common.InvalidInput;
import org.kasang.learning.internal.HelpRows;
import org.kasang.learning.internal.LearningStates;
import org.kasang.learning.internal.LearningStates.ItemRow;
import org.kasang.security.CurrentUser;
import org.kasang.security.ScopeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/** Learners' help requests as their coaches see and answer them, only for CBOs in the reader's scope. */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
public class HelpDesk {

    static final int ANSWER_MAX = 2000;

    private final HelpRows help;
    private final LearningStates states;
    private final ScopeService scopes;
    private final CurrentUser currentUser;
    private final Clock clock;

    HelpDesk(HelpRows help, LearningStates states, ScopeService scopes, CurrentUser currentUser, Clock clock) {
        this.help = help;
        this.states = states;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open requests of a CBO, oldest first, one page at a time. */
    @Transactional(readOnly = true)
    public List<HelpRequest> open(long cboId, int offset, int limit) {
        requireScope(cboId);
        return help.openInCbo(cboId, offset, Math.min(limit, 100));
    }

    @Transactional(readOnly = true)
    public int countOpen(long cboId) {
        requireScope(cboId);
        return help.countOpenInCbo(cboId);
    }

    /**
     * Answers a request: the learner reads the answer beside the item, which no longer shows "needs help"
     * once none of its requests is open.
     */
    @Transactional
    public void answer(long requestId, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty() || text.length() > ANSWER_MAX) {
            throw new InvalidInput("help.error.answer", ANSWER_MAX);
        }
        HelpRequest request = help.lock(requestId).orElseThrow(() -> new NoSuchElementException("help " + requestId));
        if (request.cboId() == null) {
            throw new AccessDeniedException("help request without a CBO");
        }
        requireScope(request.cboId());
        if (!request.open()) {
            throw new InvalidInput("help.error.already-answered");
        }
        Instant now = clock.instant();
        help.answer(requestId, text, currentUser.require().personId(), now);
        states.adjustSummary(request.cboId(), request.courseId(), 0, 0, 0, -1);
        if (!help.anyOpen(request.personId(), request.itemId())) {
            ItemRow item = states.items(request.personId(), request.courseId()).get(request.itemId());
            if (item != null && item.status() == ItemStatus.NEEDS_HELP) {
                states.saveItem(request.personId(), request.courseId(), new ItemRow(item.itemId(), ItemStatus.STARTED,
                        item.attempts(), item.bestScore(), item.passed()), Mode.SELF, now);
            }
        }
    }

    private void requireScope(long cboId) {
        if (!scopes.current().coversCbo(cboId)) {
            throw new AccessDeniedException("CBO outside scope");
        }
    }

    /** Open requests per CBO across the CBOs I coach (everywhere for programme staff); only CBOs with some. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> openPerCbo() {
        var scope = scopes.current();
        return help.openPerCbo(scope.cboIdsForQuery(), scope.everything());
    }
}

package org.kasang.learning;

import org.kasang.catalogue.CatalogueService;
import org.kasang.learning.internal.LearningStates;
import org.kasang.security.Scope;
import org.kasang.security.ScopeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/** Learning progress as coaches and staff read it, always within the reader's scope. */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
@Transactional(readOnly = true)
public class ProgressQueries {

    private final LearningStates states;
    private final ScopeService scopes;
    private final CatalogueService catalogue;

    ProgressQueries(LearningStates states, ScopeService scopes, CatalogueService catalogue) {
        this.catalogue = catalogue;
        this.states = states;
        this.scopes = scopes;
    }

    /** Per-course counters for the given CBOs; CBOs outside the reader's scope are left out. */
    public List<CboCourseCounts> courseCounts(Collection<Long> cboIds) {
        Scope scope = scopes.current();
        return states.summaries(cboIds.stream().filter(scope::coversCbo).toList());
    }

    /** Knowledge gained by the CBO's members on each pre-test/post-test pair of every course that has one. */
    public List<CboKnowledgeGain> knowledgeGains(long cboId) {
        if (!scopes.current().coversCbo(cboId)) {
            throw new AccessDeniedException("CBO outside scope");
        }
        return catalogue.pairedTests().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .flatMap(course -> course.getValue().entrySet().stream()
                        .map(pair -> states.gain(cboId, course.getKey(), pair.getValue(), pair.getKey())))
                .toList();
    }

    /**
     * Learners of the reader's own CBOs (those they coach) who enrolled or started a course and have done
     * nothing in it since {@code before}, longest idle first.
     */
    public List<LearnerAlert> inactiveSince(java.time.Instant before, int limit) {
        return states.inactive(scopes.current().coachedCboIds(), before, limit);
    }

    /** Learners of the reader's own CBOs who failed a quiz at least {@code attempts} times and have not passed it. */
    public List<LearnerAlert> failingQuizzes(int attempts, int limit) {
        return states.failing(scopes.current().coachedCboIds(), attempts, limit);
    }

    /** Course states of the given members within one CBO. */
    public List<MemberCourseState> memberStates(long cboId, Collection<Long> personIds) {
        if (!scopes.current().coversCbo(cboId)) {
            throw new AccessDeniedException("CBO outside scope");
        }
        return states.statesInCbo(cboId, personIds);
    }
}

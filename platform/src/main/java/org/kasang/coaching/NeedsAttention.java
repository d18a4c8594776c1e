package org.kasang.coaching;

import org.kasang.assignments.ReviewService;
import org.kasang.assignments.WaitingSubmission;
import org.kasang.learning.CboCourseCounts;
import org.kasang.learning.LearnerAlert;
import org.kasang.learning.ProgressQueries;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.ScopeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a coach should act on across the CBOs they coach: help requests waiting, members who stopped, members
 * failing a quiz again and again, submissions waiting too long for review. Each list is short and bounded.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
@Transactional(readOnly = true)
public class NeedsAttention {

    static final int LIMIT = 20;

    public record HelpWaiting(long cboId, String cboName, int open) {
    }

    public record Attention(List<HelpWaiting> help, List<LearnerAlert> inactive, List<LearnerAlert> failing,
                            List<WaitingSubmission> reviews, Map<Long, String> cboNames) {

        public int total() {
            return help.size() + inactive.size() + failing.size() + reviews.size();
        }
    }

    private final ProgressQueries progress;
    private final ReviewService reviews;
    private final OrganisationService organisations;
    private final ScopeService scopes;
    private final Clock clock;
    private final Duration inactiveAfter;
    private final Duration reviewOverdueAfter;
    private final int failedAttempts;

    NeedsAttention(ProgressQueries progress, ReviewService reviews, OrganisationService organisations,
                   ScopeService scopes, Clock clock,
                   @Value("${kasang.coaching.inactive-days:14}") int inactiveDays,
                   @Value("${kasang.coaching.review-overdue-days:7}") int reviewOverdueDays,
                   @Value("${kasang.coaching.failed-attempts:2}") int failedAttempts) {
        this.progress = progress;
        this.reviews = reviews;
        this.organisations = organisations;
        this.scopes = scopes;
        this.clock = clock;
        this.inactiveAfter = Duration.ofDays(inactiveDays);
        this.reviewOverdueAfter = Duration.ofDays(reviewOverdueDays);
        this.failedAttempts = failedAttempts;
    }

    public Attention now() {
        Instant now = clock.instant();
        var coached = scopes.current().coachedCboIds();
        List<HelpWaiting> help = progress.courseCounts(coached).stream()
                .collect(Collectors.groupingBy(CboCourseCounts::cboId, Collectors.summingInt(CboCourseCounts::helpOpen)))
                .entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new HelpWaiting(e.getKey(), null, e.getValue())).limit(LIMIT).toList();
        List<LearnerAlert> inactive = progress.inactiveSince(now.minus(inactiveAfter), LIMIT);
        List<LearnerAlert> failing = progress.failingQuizzes(failedAttempts, LIMIT);
        List<WaitingSubmission> late = reviews.waiting(PageRequest.of(0, 100)).getContent().stream()
                .filter(s -> s.cboId() != null && coached.contains(s.cboId()))
                .filter(s -> s.submittedAt().isBefore(now.minus(reviewOverdueAfter))).limit(LIMIT).toList();
        var ids = new java.util.HashSet<Long>();
        help.forEach(h -> ids.add(h.cboId()));
        inactive.forEach(a -> ids.add(a.cboId()));
        failing.forEach(a -> ids.add(a.cboId()));
        late.forEach(s -> ids.add(s.cboId()));
        Map<Long, String> names = organisations.names(ids);
        return new Attention(help.stream().map(h -> new HelpWaiting(h.cboId(), names.get(h.cboId()), h.open())).toList(),
                inactive, failing, late, names);
    }
}

package org.kasang.learning;

import org.kasang.catalogue.CatalogueService;
import org.kasang.learning.internal.ActivityTime;
import org.kasang.learning.internal.HelpRows;
import org.kasang.learning.internal.LearningStates;
import org.kasang.security.Scope;
import org.kasang.security.ScopeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Learning progress as coaches and staff read it, always within the reader's scope. */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
@Transactional(readOnly = true)
public class ProgressQueries {

    private final LearningStates states;
    private final ScopeService scopes;
    private final CatalogueService catalogue;
    private final HelpRows help;
    private final ActivityTime activityTime;

    ProgressQueries(LearningStates states, ScopeService scopes, CatalogueService catalogue, HelpRows help,
                    ActivityTime activityTime) {
        this.activityTime = activityTime;
        this.help = help;
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
        return catalogue.pairedTests().entrySet().stream().sorted(Map.Entry.comparingByKey())
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

    /**
     * The questions of a course's quizzes answered wrong most often, hardest first, over every graded attempt
     * in the given CBOs (those outside the reader's scope are left out).
     */
    public List<QuestionDifficulty> difficultQuestions(String courseId, Collection<Long> cboIds) {
        Scope scope = scopes.current();
        List<Long> cbos = cboIds.stream().filter(scope::coversCbo).toList();
        if (cbos.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Set<String>>> keys = new HashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Map<Set<String>, Integer>> wrong = new HashMap<>();
        Map<String, String> quizOf = new HashMap<>();
        for (LearningStates.AnswerCount answer : states.answers(courseId, cbos)) {
            var key = keys.computeIfAbsent(answer.quizId(), catalogue::answerKey);
            var right = key.get(answer.questionId());
            if (right == null) {
                continue; // a question retired since
            }
            quizOf.put(answer.questionId(), answer.quizId());
            int[] c = counts.computeIfAbsent(answer.questionId(), q -> new int[2]);
            c[0] += answer.count();
            if (right.equals(answer.chosen())) {
                c[1] += answer.count();
            } else {
                wrong.computeIfAbsent(answer.questionId(), q -> new HashMap<>())
                        .merge(answer.chosen(), answer.count(), Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> {
                    var commonest = wrong.getOrDefault(e.getKey(), Map.of()).entrySet().stream()
                            .max(Map.Entry.comparingByValue());
                    return new QuestionDifficulty(quizOf.get(e.getKey()), e.getKey(), e.getValue()[0], e.getValue()[1],
                            commonest.map(Map.Entry::getKey).orElse(Set.of()),
                            commonest.map(Map.Entry::getValue).orElse(0));
                })
                .sorted(Comparator.comparingDouble((QuestionDifficulty d) -> (double) d.right() / d.answered())
                        .thenComparing(QuestionDifficulty::questionId))
                .toList();
    }

    /** A member's learning in a CBO, course by course, with quiz attempts and help requests. */
    public MemberLearning memberLearning(long cboId, long personId) {
        if (!scopes.current().coversCbo(cboId)) {
            throw new AccessDeniedException("CBO outside scope");
        }
        return states.memberLearning(cboId, personId, help.ofLearner(personId));
    }

    /** Course states of the given members within one CBO. */
    public List<MemberCourseState> memberStates(long cboId, Collection<Long> personIds) {
        if (!scopes.current().coversCbo(cboId)) {
            throw new AccessDeniedException("CBO outside scope");
        }
        return states.statesInCbo(cboId, personIds);
    }

    /** How long a member has spent learning in a CBO, estimated from their records (see {@link TimeSpent}). */
    public TimeSpent timeSpent(long cboId, long personId) {
        if (!scopes.current().coversCbo(cboId)) {
            throw new AccessDeniedException("CBO outside scope");
        }
        return activityTime.of(cboId, personId);
    }
}

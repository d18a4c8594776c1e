package org.kasang.indicators.internal;

import org.kasang.indicators.AssessmentRound;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.Evidence;
import org.kasang.indicators.EvidenceKind;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.Rule;
import org.kasang.organisations.Sex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Judges rules against facts. Pure: no database, no clock, so that deriving a CBO's state and rebuilding it
 * from the log give the same answer, and every figure can name the evidence behind it.
 */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /** Judges the rule for a CBO. */
    public static Judgement judge(Rule rule, Facts facts) {
        return judge(rule, facts, false);
    }

    /** Judges the rule for one person: course and assignment criteria ask about that person's own evidence. */
    public static Judgement judgePerson(Rule rule, Facts facts) {
        return judge(rule, facts, true);
    }

    private static Judgement judge(Rule rule, Facts facts, boolean person) {
        int holding = 0;
        int points = 0;
        boolean requiredMissing = false;
        Set<Long> used = new LinkedHashSet<>();
        for (Rule.Item item : rule.items()) {
            Judgement one = criterion(item.criterion(), facts, person);
            if (one.holds()) {
                holding++;
                points += Math.max(0, item.points());
                used.addAll(one.evidenceIds());
            } else if (item.required() || rule.kind() == Rule.Kind.ALL_OF) {
                requiredMissing = true;
            }
        }
        boolean holds = !rule.items().isEmpty() && !requiredMissing && switch (rule.kind()) {
            case ALL_OF -> holding == rule.items().size();
            case AT_LEAST -> holding >= rule.atLeast();
            case POINTS -> points >= rule.threshold();
        };
        return holds ? new Judgement(true, List.copyOf(used)) : Judgement.NO;
    }

    static Judgement criterion(Criterion criterion, Facts facts, boolean person) {
        if (criterion instanceof Criterion.CourseCompletions c) {
            return completions(c, facts, person);
        }
        if (criterion instanceof Criterion.ApprovedAssignment a) {
            return any(facts, EvidenceKind.ASSIGNMENT_APPROVED, e -> a.assignmentId().equals(e.detail("assignmentId")));
        }
        if (criterion instanceof Criterion.Milestone m) {
            return any(facts, EvidenceKind.MILESTONE,
                    e -> (m.kind() == null || m.kind().name().equals(e.detail("kind")))
                            && GovernmentLevel.valueOf(e.detail("level")).atLeast(m.minLevel()));
        }
        if (criterion instanceof Criterion.SelfAssessment s) {
            return latestScore(s, facts);
        }
        Criterion.CapacityLevel l = (Criterion.CapacityLevel) criterion;
        return new Judgement(facts.capacityRanks().getOrDefault(l.areaCode(), 0) >= l.minRank(), List.of());
    }

    private static Judgement completions(Criterion.CourseCompletions c, Facts facts, boolean person) {
        List<Evidence> done = new ArrayList<>();
        Set<Long> people = new LinkedHashSet<>();
        for (Evidence e : facts.evidence()) {
            if (e.kind() == EvidenceKind.COURSE_COMPLETED && c.courseId().equals(e.detail("courseId"))
                    && e.personId() != null && people.add(e.personId())) {
                done.add(e);
            }
        }
        if (person) {
            return done.isEmpty() ? Judgement.NO : new Judgement(true, List.of(done.get(0).id()));
        }
        long women = people.stream().filter(p -> facts.sexOfPerson().get(p) == Sex.FEMALE).count();
        boolean holds = people.size() >= Math.max(1, c.minMembers()) && women >= c.minWomen();
        return holds ? new Judgement(true, done.stream().map(Evidence::id).toList()) : Judgement.NO;
    }

    private static Judgement any(Facts facts, EvidenceKind kind, java.util.function.Predicate<Evidence> test) {
        List<Long> ids = facts.evidence().stream().filter(e -> e.kind() == kind).filter(test).map(Evidence::id).toList();
        return ids.isEmpty() ? Judgement.NO : new Judgement(true, ids);
    }

    /** The latest round's score in the area counts, not the best: a CBO that scores itself lower now is lower. */
    private static Judgement latestScore(Criterion.SelfAssessment s, Facts facts) {
        return facts.evidence().stream()
                .filter(e -> e.kind() == EvidenceKind.SELF_ASSESSMENT && s.areaCode().equals(e.detail("areaCode")))
                .max(Comparator.comparing((Evidence e) -> AssessmentRound.valueOf(e.detail("round")))
                        .thenComparing(Evidence::occurredOn).thenComparing(Evidence::id))
                .filter(e -> Objects.requireNonNullElse(e.number("score"), 0) >= s.minScore())
                .map(e -> new Judgement(true, List.of(e.id())))
                .orElse(Judgement.NO);
    }
}

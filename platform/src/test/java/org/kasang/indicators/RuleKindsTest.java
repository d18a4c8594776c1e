package org.kasang.indicators;

import org.junit.jupiter.api.Test;
import org.kasang.indicators.internal.Facts;
import org.kasang.indicators.internal.RuleEvaluator;
import org.kasang.organisations.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of rule, judged by the pure evaluator over hand-made evidence. */
class RuleKindsTest {

    static final Criterion PLAN = new Criterion.ApprovedAssignment("advocacy-planning/advocacy-action-plan");
    static final Criterion BUDGET = new Criterion.CourseCompletions("budget-literacy", 2, 1);
    static final Criterion DISTRICT = new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT);

    static Evidence completed(long id, long person) {
        return new Evidence(id, 1, EvidenceKind.COURSE_COMPLETED, LocalDate.of(2026, 1, 1), person, "learning_record",
                "c" + id, Map.of("courseId", "budget-literacy"), Instant.EPOCH, null, null, null, false);
    }

    static Evidence plan(long id) {
        return new Evidence(id, 1, EvidenceKind.ASSIGNMENT_APPROVED, LocalDate.of(2026, 2, 1), 10L, "submission",
                "s" + id, Map.of("assignmentId", "advocacy-planning/advocacy-action-plan"), Instant.EPOCH, null, 9L,
                Instant.EPOCH, false);
    }

    static Evidence milestone(long id, GovernmentLevel level) {
        return new Evidence(id, 1, EvidenceKind.MILESTONE, LocalDate.of(2026, 3, 1), null, "milestone", "m" + id,
                Map.of("kind", "ADVOCATED", "level", level.name()), Instant.EPOCH, null, 9L, Instant.EPOCH, false);
    }

    static Facts facts(Evidence... evidence) {
        return new Facts(List.of(evidence), Map.of(10L, Sex.FEMALE, 11L, Sex.MALE, 12L, Sex.MALE), Map.of());
    }

    @Test
    void all_of_holds_only_when_every_item_holds() {
        Rule rule = Rule.allOf(PLAN, BUDGET).validated();
        assertThat(RuleEvaluator.judge(rule, facts(plan(1), completed(2, 11))).holds()).isFalse();
        var judgement = RuleEvaluator.judge(rule, facts(plan(1), completed(2, 11), completed(3, 10)));
        assertThat(judgement.holds()).isTrue();
        assertThat(judgement.evidenceIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void course_completions_need_enough_members_and_enough_women() {
        Rule rule = Rule.allOf(BUDGET);
        assertThat(RuleEvaluator.judge(rule, facts(completed(1, 11), completed(2, 12))).holds()).isFalse();
        assertThat(RuleEvaluator.judge(rule, facts(completed(1, 11), completed(2, 10))).holds()).isTrue();
    }

    @Test
    void at_least_n_counts_items_but_a_required_one_must_hold() {
        Rule rule = Rule.atLeast(2, List.of(new Rule.Item(DISTRICT, true, 0), Rule.Item.of(PLAN),
                Rule.Item.of(BUDGET))).validated();
        // Two items hold, but not the required milestone.
        assertThat(RuleEvaluator.judge(rule, facts(plan(1), completed(2, 10), completed(3, 11))).holds()).isFalse();
        // A commune milestone is below the district level asked for.
        assertThat(RuleEvaluator.judge(rule, facts(plan(1), milestone(4, GovernmentLevel.COMMUNE))).holds()).isFalse();
        // A provincial one is at district level or higher: with the plan that makes two.
        assertThat(RuleEvaluator.judge(rule, facts(plan(1), milestone(4, GovernmentLevel.PROVINCIAL))).holds()).isTrue();
        assertThat(RuleEvaluator.judge(rule, facts(milestone(4, GovernmentLevel.NATIONAL))).holds()).isFalse();
    }

    @Test
    void points_add_up_to_the_threshold() {
        Rule rule = Rule.points(5, List.of(new Rule.Item(PLAN, false, 3), new Rule.Item(BUDGET, false, 2),
                new Rule.Item(DISTRICT, false, 2))).validated();
        assertThat(RuleEvaluator.judge(rule, facts(plan(1))).holds()).isFalse();
        assertThat(RuleEvaluator.judge(rule, facts(plan(1), milestone(2, GovernmentLevel.DISTRICT))).holds()).isTrue();
        assertThat(RuleEvaluator.judge(rule, facts(milestone(2, GovernmentLevel.DISTRICT), completed(3, 10),
                completed(4, 11))).holds()).isFalse();
    }

    @Test
    void withdrawn_evidence_counts_for_nothing() {
        Evidence withdrawn = new Evidence(1, 1, EvidenceKind.ASSIGNMENT_APPROVED, LocalDate.of(2026, 2, 1), 10L,
                "submission", "s1", Map.of("assignmentId", "advocacy-planning/advocacy-action-plan"), Instant.EPOCH,
                null, 9L, Instant.EPOCH, true);
        assertThat(RuleEvaluator.judge(Rule.allOf(PLAN), facts(withdrawn)).holds()).isFalse();
    }
}

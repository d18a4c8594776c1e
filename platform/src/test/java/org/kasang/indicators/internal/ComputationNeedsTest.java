package org.kasang.indicators.internal;

import org.junit.jupiter.api.Test;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.Denominator;
import org.kasang.indicators.EvidenceKind;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.IndicatorForm;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.ResultKind;
import org.kasang.indicators.Rule;
import org.kasang.indicators.Unit;
import org.kasang.indicators.Window;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A computation reads the evidence kinds a CBO's rule names, and members only when the rule counts them. */
class ComputationNeedsTest {

    static final Criterion ADVOCATED = new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT);
    static final Criterion SCORE = new Criterion.SelfAssessment("ADVOCACY", 3);
    static final Criterion WOMEN = new Criterion.CourseCompletions("budget-literacy", 2, 1);
    static final Criterion LEVEL = new Criterion.CapacityLevel("ADVOCACY", 2);

    @Test
    void a_cbo_rule_on_milestones_and_scores_reads_those_kinds_and_no_members() {
        var needs = Computation.Needs.of(form(Unit.CBOS, Rule.atLeast(1, List.of(Rule.Item.of(ADVOCATED),
                Rule.Item.of(SCORE)))));
        assertThat(needs.kinds()).containsExactlyInAnyOrder(EvidenceKind.MILESTONE, EvidenceKind.SELF_ASSESSMENT);
        assertThat(needs.members()).isFalse();
    }

    @Test
    void counting_members_of_a_cbo_reads_completions_and_members() {
        var needs = Computation.Needs.of(form(Unit.CBOS, Rule.allOf(WOMEN)));
        assertThat(needs.kinds()).containsExactly(EvidenceKind.COURSE_COMPLETED);
        assertThat(needs.members()).isTrue();
    }

    @Test
    void capacity_levels_need_no_evidence_rows_at_all() {
        var needs = Computation.Needs.of(form(Unit.CBOS, Rule.allOf(LEVEL)));
        assertThat(needs.kinds()).isEmpty();
        assertThat(needs.members()).isFalse();
    }

    @Test
    void indicators_about_people_read_everything_and_needs_combine() {
        var people = Computation.Needs.of(form(Unit.PEOPLE, Rule.allOf(ADVOCATED)));
        assertThat(people.kinds()).isEqualTo(EnumSet.allOf(EvidenceKind.class));
        assertThat(people.judged()).as("details are read only for the kinds the rule looks into")
                .containsExactly(EvidenceKind.MILESTONE);
        assertThat(people.members()).isTrue();
        var both = Computation.Needs.of(form(Unit.CBOS, Rule.allOf(ADVOCATED)))
                .and(Computation.Needs.of(form(Unit.CBOS, Rule.allOf(WOMEN))));
        assertThat(both.kinds()).containsExactlyInAnyOrder(EvidenceKind.MILESTONE, EvidenceKind.COURSE_COMPLETED);
        assertThat(both.judged()).isEqualTo(both.kinds());
        assertThat(both.members()).isTrue();
    }

    private static IndicatorForm form(Unit unit, Rule rule) {
        return new IndicatorForm("X", "X", "X", null, null, "Outcome 1", ResultKind.OUTCOME, unit, rule,
                Denominator.NONE, Window.PERIOD, 1, BigDecimal.ZERO, null, "x", "x", Map.of());
    }
}

package org.kasang.indicators;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.organisations.Disability;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.Sex;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.indicators.IndicatorTesting.completed;
import static org.kasang.indicators.IndicatorTesting.indicator;
import static org.kasang.indicators.IndicatorTesting.member;
import static org.kasang.indicators.IndicatorTesting.milestone;
import static org.kasang.indicators.IndicatorTesting.unique;

/** Indicators computed from known evidence: figures, breakdowns that add up, drill-downs that match them. */
class IndicatorComputationTest extends IntegrationTest {

    @Autowired
    Indicators indicators;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    IndicatorReports reports;
    @Autowired
    EvidenceRows evidence;
    @Autowired
    MemberService members;
    @Autowired
    JdbcClient jdbc;

    SignedInUser admin;
    LocalDate start = LocalDate.now().minusMonths(6);
    LocalDate end = LocalDate.now().plusMonths(1);
    long period;

    @BeforeEach
    void admin() {
        admin = fixtures.staff("M&E officer", Role.ADMIN);
        signInAs(admin);
        period = IndicatorTesting.period(periods, start, end);
    }

    @Test
    void cbos_that_advocated_at_district_level_or_higher_within_the_period_are_counted_among_target_cbos() {
        long kratie = fixtures.cbo("Kratie advocates", "100207");
        long takeo = fixtures.cbo("Takeo advocates", "210101");
        long commune = fixtures.cbo("Commune only", "210101");
        long early = fixtures.cbo("Advocated before the period", "010201");
        long withdrawn = fixtures.cbo("Withdrawn milestone", "010201");
        milestone(evidence, kratie, GovernmentLevel.NATIONAL, start.plusDays(3));
        milestone(evidence, takeo, GovernmentLevel.DISTRICT, end.minusDays(3));
        milestone(evidence, commune, GovernmentLevel.COMMUNE, start.plusDays(3));
        milestone(evidence, early, GovernmentLevel.PROVINCIAL, start.minusDays(1));
        long mistake = milestone(evidence, withdrawn, GovernmentLevel.NATIONAL, start.plusDays(5));
        evidence.withdraw(mistake, "Not this CBO", admin.personId(), Instant.now());

        Rule rule = Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT));
        long inPeriod = indicators.create(indicator(Unit.CBOS, Denominator.TARGET_CBOS, Window.PERIOD, rule,
                Map.of(period, new BigDecimal("20"))));
        long cumulative = indicators.create(indicator(Unit.CBOS, Denominator.TARGET_CBOS, Window.CUMULATIVE, rule,
                Map.of()));
        reports.compute(period);
        long targets = jdbc.sql("select count(*) from cbo where target and status = 'ACTIVE'").query(Long.class).single();

        Set<Long> counted = ids(reports.drillDown(inPeriod, period, Dimension.TOTAL, "TOTAL"));
        assertThat(counted).contains(kratie, takeo).doesNotContain(commune, early, withdrawn);
        assertThat(ids(reports.drillDown(cumulative, period, Dimension.TOTAL, "TOTAL"))).contains(kratie, takeo, early)
                .doesNotContain(commune, withdrawn);

        IndicatorReport.Line line = line(inPeriod);
        assertThat(line.total().numerator()).isEqualTo(counted.size());
        assertThat(line.total().denominator()).isEqualTo((int) targets);
        assertThat(line.total().value()).isEqualByComparingTo(BigDecimal.valueOf(counted.size() * 100L)
                .divide(BigDecimal.valueOf(targets), 4, java.math.RoundingMode.HALF_UP));
        assertThat(line.target()).isEqualByComparingTo("20");
        assertThat(line.breakdown()).containsOnlyKeys(Dimension.PROVINCE, Dimension.DISTRICT);
        assertAddsUp(line);
        assertThat(line.breakdown().get(Dimension.PROVINCE)).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo("21");
            assertThat(f.label().in(java.util.Locale.ENGLISH)).isEqualTo("Takeo");
        });
        assertDrillDownsMatch(inPeriod, line);
    }

    @Test
    void members_who_completed_a_course_are_counted_in_people_and_broken_down_by_sex_youth_disability_and_place() {
        String course = unique("course-");
        long cbo = fixtures.cbo("People count", "100207");
        long other = fixtures.cbo("People count two", "210101");
        int year = end.getYear();
        long woman = member(members, cbo, "Sok Dara", Sex.FEMALE, year - 30, Disability.NONE);
        long man = member(members, cbo, "Chan Vibol", Sex.MALE, year - 31, Disability.DISABILITY);
        long unknown = member(members, other, "Keo Age", Sex.NOT_STATED, null, Disability.NOT_STATED);
        long teen = member(members, other, "Young One", Sex.FEMALE, year - 15, Disability.NOT_STATED);
        long notYet = member(members, other, "Not yet", Sex.MALE, year - 20, Disability.NONE);
        completed(evidence, cbo, woman, course, start.plusDays(1));
        completed(evidence, cbo, man, course, start.plusDays(2));
        completed(evidence, other, unknown, course, start.plusDays(3));
        completed(evidence, other, teen, course, start.plusDays(4));
        completed(evidence, other, teen, course, start.plusDays(5));

        long id = indicators.create(indicator(Unit.PEOPLE, Denominator.MEMBERS_OF_TARGET_CBOS, Window.PERIOD,
                Rule.allOf(new Criterion.CourseCompletions(course, 1, 0)), Map.of()));
        reports.compute(period);

        IndicatorReport.Line line = line(id);
        assertThat(line.total().numerator()).isEqualTo(4);
        assertThat(people(reports.drillDown(id, period, Dimension.TOTAL, "TOTAL")))
                .containsExactlyInAnyOrder(woman, man, unknown, teen).doesNotContain(notYet);
        assertThat(figures(line, Dimension.SEX)).containsEntry("FEMALE", 2).containsEntry("MALE", 1)
                .containsEntry("NOT_STATED", 1);
        assertThat(figures(line, Dimension.YOUTH)).containsEntry("YOUTH", 2).containsEntry("NOT_YOUTH", 1)
                .containsEntry("NOT_STATED", 1);
        assertThat(people(reports.drillDown(id, period, Dimension.YOUTH, "YOUTH"))).containsExactlyInAnyOrder(woman, teen);
        assertThat(figures(line, Dimension.DISABILITY)).containsEntry("DISABILITY", 1).containsEntry("NONE", 1)
                .containsEntry("NOT_STATED", 2);
        assertThat(figures(line, Dimension.PROVINCE)).containsEntry("10", 2).containsEntry("21", 2);
        assertAddsUp(line);
        assertDrillDownsMatch(id, line);
    }

    @Test
    void a_count_has_no_denominator_and_its_value_is_the_count() {
        String course = unique("course-");
        long cbo = fixtures.cbo("Counted", "100207");
        for (int i = 0; i < 3; i++) {
            completed(evidence, cbo, member(members, cbo, "Member " + i, Sex.FEMALE, 1990, Disability.NONE), course,
                    start.plusDays(i));
        }
        long id = indicators.create(indicator(Unit.CBOS, Denominator.NONE, Window.PERIOD,
                Rule.allOf(new Criterion.CourseCompletions(course, 3, 1)), Map.of()));
        reports.compute(period);

        IndicatorReport.Line line = line(id);
        assertThat(line.total().numerator()).isEqualTo(1);
        assertThat(line.total().denominator()).isNull();
        assertThat(line.total().value()).isEqualByComparingTo("1");
        assertThat(reports.drillDown(id, period, Dimension.TOTAL, "TOTAL").rows()).singleElement()
                .satisfies(row -> assertThat(row.evidence()).hasSize(3));
    }

    @Test
    void small_breakdown_cells_are_suppressed_in_tables_that_leave_kasang_but_the_total_is_not() {
        String course = unique("course-");
        long cbo = fixtures.cbo("Small", "100207");
        for (int i = 0; i < 7; i++) {
            Sex sex = i < 2 ? Sex.MALE : Sex.FEMALE;
            completed(evidence, cbo, member(members, cbo, "M" + i, sex, 1980, Disability.NOT_STATED), course,
                    start.plusDays(i));
        }
        long id = indicators.create(indicator(Unit.PEOPLE, Denominator.NONE, Window.PERIOD,
                Rule.allOf(new Criterion.CourseCompletions(course, 1, 0)), Map.of()));
        reports.compute(period);

        IndicatorReport shared = reports.report(period, true);
        IndicatorReport.Line line = shared.lines().stream().filter(l -> l.code().equals(code(id))).findFirst().orElseThrow();
        assertThat(shared.suppressBelow()).isEqualTo(5);
        assertThat(line.total().numerator()).isEqualTo(7);
        assertThat(reports.report(period).suppressBelow()).isZero();
        assertThat(line.breakdown().get(Dimension.SEX)).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo("MALE");
            assertThat(f.suppressed()).isTrue();
            assertThat(f.numerator()).isZero();
            assertThat(f.value()).isNull();
        }).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo("FEMALE");
            assertThat(f.suppressed()).isFalse();
            assertThat(f.numerator()).isEqualTo(5);
        });
    }

    @Test
    void each_figure_is_read_with_only_what_its_rule_needs_and_still_equals_its_drill_down() {
        String course = unique("course-");
        long women = fixtures.cbo("Women completed", "100207");
        long advocated = fixtures.cbo("Advocated, one man completed", "210101");
        for (int i = 0; i < 2; i++) {
            completed(evidence, women, member(members, women, "Woman " + i, Sex.FEMALE, 1990, Disability.NONE), course,
                    start.plusDays(i + 1));
        }
        completed(evidence, advocated, member(members, advocated, "Man", Sex.MALE, 1985, Disability.NONE), course,
                start.plusDays(2));
        milestone(evidence, advocated, GovernmentLevel.PROVINCIAL, start.plusDays(4));
        var advocacy = new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT);
        var twoWomen = new Criterion.CourseCompletions(course, 2, 2);
        long byWomen = indicators.create(indicator(Unit.CBOS, Denominator.NONE, Window.PERIOD, Rule.allOf(twoWomen),
                Map.of()));
        long either = indicators.create(indicator(Unit.CBOS, Denominator.NONE, Window.CUMULATIVE,
                Rule.atLeast(1, List.of(Rule.Item.of(advocacy), Rule.Item.of(twoWomen))), Map.of()));
        long advocacyOnly = indicators.create(indicator(Unit.CBOS, Denominator.TARGET_CBOS, Window.PERIOD,
                Rule.allOf(advocacy), Map.of()));
        reports.compute(period);

        assertThat(ids(reports.drillDown(byWomen, period, Dimension.TOTAL, "TOTAL"))).contains(women)
                .doesNotContain(advocated);
        assertThat(ids(reports.drillDown(either, period, Dimension.TOTAL, "TOTAL"))).contains(women, advocated);
        assertThat(ids(reports.drillDown(advocacyOnly, period, Dimension.TOTAL, "TOTAL"))).contains(advocated)
                .doesNotContain(women);
        for (long id : List.of(byWomen, either, advocacyOnly)) {
            assertAddsUp(line(id));
            assertDrillDownsMatch(id, line(id));
        }
    }

    @Test
    void a_drill_down_lists_what_the_figure_counted_until_the_period_is_computed_again() {
        long first = fixtures.cbo("First to advocate", "100207");
        long later = fixtures.cbo("Advocated after the computation", "210101");
        milestone(evidence, first, GovernmentLevel.NATIONAL, start.plusDays(3));
        long id = indicators.create(indicator(Unit.CBOS, Denominator.NONE, Window.PERIOD,
                Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT)), Map.of()));
        reports.compute(period);
        milestone(evidence, later, GovernmentLevel.DISTRICT, start.plusDays(9));

        DrillDown drill = reports.drillDown(id, period, Dimension.TOTAL, "TOTAL");
        assertThat(ids(drill)).contains(first).doesNotContain(later);
        assertThat(drill.rows()).hasSize(drill.storedNumerator());
        assertThat(drill.rows()).filteredOn(r -> r.cboId() == first).singleElement()
                .satisfies(r -> assertThat(r.evidence()).singleElement()
                        .satisfies(e -> assertThat(e.kind()).isEqualTo(EvidenceKind.MILESTONE)));
        assertThat(reports.freshness(period)).hasValueSatisfying(f -> assertThat(f.evidenceChangedSince()).isTrue());

        reports.compute(period);
        assertThat(ids(reports.drillDown(id, period, Dimension.TOTAL, "TOTAL"))).contains(first, later);
        assertThat(ids(reports.drillDown(id, period, Dimension.PROVINCE, "21"))).contains(later).doesNotContain(first);
    }

    @Test
    void a_value_stored_before_its_units_were_is_counted_again_for_its_drill_down() {
        long cbo = fixtures.cbo("Computed long ago", "100207");
        milestone(evidence, cbo, GovernmentLevel.PROVINCIAL, start.plusDays(2));
        long id = indicators.create(indicator(Unit.CBOS, Denominator.NONE, Window.PERIOD,
                Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT)), Map.of()));
        reports.compute(period);
        jdbc.sql("delete from indicator_unit where indicator_id = ? and period_id = ?").params(id, period).update();

        DrillDown drill = reports.drillDown(id, period, Dimension.TOTAL, "TOTAL");
        assertThat(ids(drill)).contains(cbo);
        assertThat(drill.rows()).hasSize(drill.storedNumerator());
    }

    @Test
    void a_member_who_left_before_the_period_ended_still_counts_for_what_they_completed_in_it() {
        String course = unique("course-");
        long cbo = fixtures.cbo("Left since", "100207");
        long stayed = member(members, cbo, "Stayed", Sex.FEMALE, 1990, Disability.NONE);
        long left = member(members, cbo, "Left", Sex.MALE, 1988, Disability.NONE);
        completed(evidence, cbo, stayed, course, start.plusDays(1));
        completed(evidence, cbo, left, course, start.plusDays(2));
        members.endMembership(left, cbo);
        long id = indicators.create(indicator(Unit.PEOPLE, Denominator.NONE, Window.PERIOD,
                Rule.allOf(new Criterion.CourseCompletions(course, 1, 0)), Map.of()));
        reports.compute(period);

        assertThat(people(reports.drillDown(id, period, Dimension.TOTAL, "TOTAL"))).containsExactlyInAnyOrder(stayed, left);
        assertThat(people(reports.drillDown(id, period, Dimension.SEX, "MALE"))).contains(left).doesNotContain(stayed);
        jdbc.sql("delete from indicator_unit where indicator_id = ? and period_id = ?").params(id, period).update();
        assertThat(people(reports.drillDown(id, period, Dimension.TOTAL, "TOTAL")))
                .as("counted again, as for a value stored before V22").containsExactlyInAnyOrder(stayed, left);
    }

    @Test
    void the_sentence_reads_as_programmes_write_it_in_english_and_khmer() {
        IndicatorReport.Line line = sentenceLine(13, 80, "16.2500");
        assertThat(IndicatorReports.sentence(line, java.util.Locale.ENGLISH)).isEqualTo(
                "16.25% (13 of 80) of target CBOs advocated to national government and local authorities");
        assertThat(IndicatorReports.sentence(line, java.util.Locale.forLanguageTag("km"))).isEqualTo(
                "16.25% (13 ក្នុងចំណោម 80) នៃអង្គការសហគមន៍គោលដៅបានតស៊ូមតិ");
        assertThat(IndicatorReports.sentence(sentenceLine(63, 80, "78.7500"), java.util.Locale.ENGLISH))
                .startsWith("78.75% (63 of 80) ");
        assertThat(IndicatorReports.sentence(sentenceLine(40, 80, "50.0000"), java.util.Locale.ENGLISH))
                .startsWith("50% (40 of 80) ");
    }

    @Test
    void definitions_are_checked_and_only_admins_compute() {
        Rule rule = Rule.allOf(new Criterion.Milestone(null, null));
        assertThatThrownBy(() -> indicators.create(indicator(Unit.PEOPLE, Denominator.TARGET_CBOS, Window.PERIOD, rule,
                Map.of()))).hasMessage("indicator.error.denominator");
        assertThatThrownBy(() -> periods.create(new PeriodForm(unique("P"), "Back", "ថយ", end, start)))
                .hasMessage("period.error.dates");
        IndicatorForm form = indicator(Unit.CBOS, Denominator.TARGET_CBOS, Window.PERIOD, rule, Map.of());
        indicators.create(form);
        assertThatThrownBy(() -> indicators.create(form)).hasMessage("indicator.error.code-taken");

        signInAs(fixtures.coachOf(fixtures.cbo("Coach's")));
        assertThatThrownBy(() -> reports.compute(period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.drillDown(1L, period, Dimension.TOTAL, "TOTAL"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private IndicatorReport.Line sentenceLine(int numerator, int denominator, String value) {
        var total = new IndicatorReport.Figure("TOTAL", null, numerator, denominator, new BigDecimal(value), false);
        return new IndicatorReport.Line("1.1", null, "Outcome 1", ResultKind.OUTCOME, Unit.CBOS,
                Denominator.TARGET_CBOS, 100, null, null, null, total, Map.of(), List.of(),
                new org.kasang.catalogue.Text(Map.of("en",
                        "of target CBOs advocated to national government and local authorities",
                        "km", "នៃអង្គការសហគមន៍គោលដៅបានតស៊ូមតិ")));
    }

    private String code(long id) {
        return indicators.form(id).code();
    }

    private IndicatorReport.Line line(long id) {
        String code = code(id);
        return reports.report(period).lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> figures(IndicatorReport.Line line, Dimension dimension) {
        return line.breakdown().get(dimension).stream()
                .collect(Collectors.toMap(IndicatorReport.Figure::category, IndicatorReport.Figure::numerator));
    }

    /** Every dimension's categories add up to the headline, numerators and denominators alike. */
    private static void assertAddsUp(IndicatorReport.Line line) {
        line.breakdown().forEach((dimension, cells) -> {
            assertThat(cells.stream().mapToInt(IndicatorReport.Figure::numerator).sum()).as(dimension.name())
                    .isEqualTo(line.total().numerator());
            if (line.total().denominator() != null) {
                assertThat(cells.stream().mapToInt(IndicatorReport.Figure::denominator).sum()).as(dimension.name())
                        .isEqualTo(line.total().denominator());
            }
        });
    }

    /** The drill-down of the total and of every breakdown cell lists exactly as many as the stored numerator. */
    private void assertDrillDownsMatch(long id, IndicatorReport.Line line) {
        assertThat(reports.drillDown(id, period, Dimension.TOTAL, "TOTAL").rows()).hasSize(line.total().numerator());
        line.breakdown().forEach((dimension, cells) -> cells.forEach(cell -> {
            DrillDown drill = reports.drillDown(id, period, dimension, cell.category());
            assertThat(drill.rows()).as(dimension + " " + cell.category()).hasSize(cell.numerator());
            assertThat(drill.storedNumerator()).isEqualTo(cell.numerator());
        }));
    }

    private static Set<Long> ids(DrillDown drill) {
        return drill.rows().stream().map(DrillDown.Row::cboId).collect(Collectors.toSet());
    }

    private static List<Long> people(DrillDown drill) {
        return drill.rows().stream().map(DrillDown.Row::personId).toList();
    }
}

package org.kasang.indicators;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kasang.IntegrationTest;
import org.kasang.TestPostgres;
import org.kasang.database.StandbyPostgres;
import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.indicators.IndicatorTesting.indicator;
import static org.kasang.indicators.IndicatorTesting.milestone;

/**
 * Reports on a real streaming hot standby of the test PostgreSQL (decision 019): computing and drilling down read
 * there once it has replayed what the primary had, and the primary answers when the standby is behind or down.
 * Surefire runs this class in a JVM of its own (execution "reports-standby"): its Spring context is configured
 * with the standby.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"kasang.reports.standby-max-wait=PT1S", "kasang.reports.standby-retry-after=PT1H"})
class ReportsStandbyTest extends IntegrationTest {

    private static StandbyPostgres standby;

    @Autowired
    Indicators indicators;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    IndicatorReports reports;
    @Autowired
    EvidenceRows evidence;
    @Autowired
    MeterRegistry meters;

    LocalDate start = LocalDate.now().minusMonths(6);
    LocalDate end = LocalDate.now().plusMonths(1);

    private static synchronized StandbyPostgres standby() {
        if (standby == null) {
            standby = StandbyPostgres.of(TestPostgres.get());
        }
        return standby;
    }

    @DynamicPropertySource
    static void reportsOnTheStandby(DynamicPropertyRegistry registry) {
        registry.add("kasang.reports.datasource.url", () -> standby().jdbcUrl("postgres"));
        registry.add("kasang.reports.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stop() {
        if (standby != null) {
            standby.close();
            standby = null;
        }
    }

    @BeforeEach
    void admin() {
        signInAs(fixtures.staff("M&E officer", Role.ADMIN));
    }

    @Test
    @Order(1)
    void computing_and_drilling_down_read_the_standby_and_see_what_the_primary_has_just_recorded() {
        long period = IndicatorTesting.period(periods, start, end);
        long kratie = fixtures.cbo("Kratie advocates", "100207");
        long takeo = fixtures.cbo("Takeo advocates", "210101");
        milestone(evidence, kratie, GovernmentLevel.NATIONAL, start.plusDays(3));
        long indicator = indicators.create(indicator(Unit.CBOS, Denominator.NONE, Window.PERIOD,
                Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT)),
                Map.of(period, new BigDecimal("20"))));
        long scansBefore = evidenceScansOnStandby();
        double standbyReads = reads("standby", "caught-up");

        reports.compute(period);
        assertThat(reports.report(period).lines()).filteredOn(l -> l.code().equals(code(indicator))).singleElement()
                .satisfies(line -> assertThat(line.total().numerator()).isEqualTo(1));
        assertThat(cbos(reports.drillDown(indicator, period, Dimension.TOTAL, "TOTAL"))).containsExactly(kratie);

        // Recorded on the primary a moment ago: the standby has it before it answers, and the units the
        // computation wrote on the primary are there before the drill-down reads them
        milestone(evidence, takeo, GovernmentLevel.DISTRICT, end.minusDays(3));
        reports.compute(period);
        DrillDown drill = reports.drillDown(indicator, period, Dimension.TOTAL, "TOTAL");
        assertThat(cbos(drill)).containsExactlyInAnyOrder(kratie, takeo);
        assertThat(drill.storedNumerator()).isEqualTo(2);

        assertThat(reads("standby", "caught-up") - standbyReads).isEqualTo(4);
        assertThat(eventually(() -> evidenceScansOnStandby() > scansBefore))
                .as("the standby's own statistics show it read the evidence log").isTrue();
    }

    @Test
    @Order(2)
    void a_standby_that_is_behind_is_not_read_the_primary_answers_with_everything() {
        LocalDate start = LocalDate.of(2015, 1, 1);
        long period = IndicatorTesting.period(periods, start, LocalDate.of(2015, 12, 31));
        long siemReap = fixtures.cbo("Siem Reap advocates", "100207");
        long indicator = indicators.create(indicator(Unit.CBOS, Denominator.NONE, Window.PERIOD,
                Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT)), Map.of()));
        double behind = reads("primary", "behind");
        double caughtUp = reads("standby", "caught-up");

        standby().pauseReplay();
        try {
            milestone(evidence, siemReap, GovernmentLevel.PROVINCIAL, start.plusDays(10));
            assertThat(cbos(reports.drillDown(indicator, period, Dimension.TOTAL, "TOTAL"))).containsExactly(siemReap);
            assertThat(reads("primary", "behind") - behind).isEqualTo(1);
        } finally {
            standby().resumeReplay();
        }

        assertThat(cbos(reports.drillDown(indicator, period, Dimension.TOTAL, "TOTAL"))).containsExactly(siemReap);
        assertThat(reads("standby", "caught-up") - caughtUp).isEqualTo(1);
    }

    @Test
    @Order(3)
    void a_standby_that_is_down_is_not_waited_for_again_and_reports_read_the_primary() {
        LocalDate start = LocalDate.of(2016, 1, 1);
        long period = IndicatorTesting.period(periods, start, LocalDate.of(2016, 12, 31));
        long battambang = fixtures.cbo("Battambang advocates", "010201");
        milestone(evidence, battambang, GovernmentLevel.NATIONAL, start.plusDays(1));
        long indicator = indicators.create(indicator(Unit.CBOS, Denominator.NONE, Window.PERIOD,
                Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT)), Map.of()));
        double unreachable = reads("primary", "unreachable");

        stop();

        reports.compute(period);
        assertThat(cbos(reports.drillDown(indicator, period, Dimension.TOTAL, "TOTAL"))).containsExactly(battambang);
        assertThat(reads("primary", "unreachable") - unreachable).isEqualTo(2);
        assertThat(reads("standby", "caught-up")).isPositive();
    }

    private double reads(String database, String reason) {
        var counter = meters.find("kasang.reports.reads").tags("database", database, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private long evidenceScansOnStandby() {
        return JdbcClient.create(standby().database("postgres")).sql("""
                        select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)
                        from pg_stat_user_tables where relname = 'evidence'""")
                .query(Long.class).single();
    }

    /** Statistics reach the standby's views when its backends flush them (within seconds of going idle). */
    private static boolean eventually(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    private String code(long indicatorId) {
        return indicators.form(indicatorId).code();
    }

    private static Set<Long> cbos(DrillDown drill) {
        return drill.rows().stream().map(DrillDown.Row::cboId).collect(Collectors.toSet());
    }
}

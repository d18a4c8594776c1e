package org.kasang.indicators;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kasang.Fixtures;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.ItemType;
import org.kasang.common.Cambodia;
import org.kasang.learning.LearningService;
import org.kasang.learning.XapiExport;
import org.kasang.security.SignedInUser;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.indicators.IndicatorTesting.indicator;
import static org.kasang.indicators.IndicatorTesting.milestone;

/**
 * Reports on a real streaming hot standby of the test PostgreSQL (decision 019): computing, drilling down and the
 * xAPI export read there once it has replayed what the primary had, and the primary answers when the standby is
 * behind or down.
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
    @Autowired
    XapiExport xapi;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ObjectMapper json;

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
    void the_xapi_export_streams_from_the_standby_with_the_lesson_completed_a_moment_before() throws Exception {
        long cbo = fixtures.cbo("xAPI from the standby");
        SignedInUser learner = fixtures.learner(cbo, "Srey Mom Standby");
        signInAs(learner);
        String lesson = catalogue.outline(Fixtures.COURSE).modules().stream().flatMap(m -> m.items().stream())
                .filter(i -> i.type() == ItemType.LESSON).findFirst().orElseThrow().id();
        learning.enrol(Fixtures.COURSE);
        learning.completeLesson(Fixtures.COURSE, lesson);
        signInAs(fixtures.staff("M&E officer", Role.ADMIN));
        double caughtUp = reads("standby", "caught-up");

        LocalDate today = LocalDate.now(Cambodia.ZONE);
        JsonNode statements = json.readTree(xapi.statements(today, today, false, null));

        List<String> actors = new ArrayList<>();
        statements.forEach(st -> actors.add(st.get("actor").get("account").get("name").asText()));
        assertThat(actors).contains("K" + learner.personId());
        assertThat(reads("standby", "caught-up") - caughtUp).isEqualTo(1);
        assertThat(JdbcClient.create(TestPostgres.get().getPostgresDatabase()).sql(
                "select count(*) from export_log where kind = 'xapi'").query(Long.class).single())
                .as("the export is logged on the primary").isPositive();
    }

    @Test
    @Order(4)
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

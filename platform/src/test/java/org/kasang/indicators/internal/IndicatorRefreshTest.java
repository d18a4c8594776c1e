package org.kasang.indicators.internal;

import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.Denominator;
import org.kasang.indicators.EvidenceKind;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.IndicatorForm;
import org.kasang.indicators.IndicatorReports;
import org.kasang.indicators.Indicators;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.PeriodForm;
import org.kasang.indicators.ReportingPeriods;
import org.kasang.indicators.ResultKind;
import org.kasang.indicators.Rule;
import org.kasang.indicators.Unit;
import org.kasang.indicators.Window;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly job computes again the periods whose evidence changed since, and records its run. */
class IndicatorRefreshTest extends IntegrationTest {

    @Autowired
    IndicatorRefresh refresh;
    @Autowired
    IndicatorReports reports;
    @Autowired
    Indicators indicators;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    EvidenceRows evidence;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_period_whose_evidence_changed_is_computed_again_and_the_run_is_recorded() {
        signInAs(fixtures.staff("M&E nightly", Role.ADMIN));
        String code = "N" + UUID.randomUUID().toString().substring(0, 8);
        long period = periods.create(new PeriodForm("P" + code, "Year", "ឆ្នាំ", LocalDate.now().minusMonths(3),
                LocalDate.now().plusMonths(1)));
        indicators.create(new IndicatorForm(code, "Advocated", "បានតស៊ូមតិ", null, null, "Outcome 1 / 1.1",
                ResultKind.OUTCOME, Unit.CBOS, Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED,
                GovernmentLevel.DISTRICT)), Denominator.TARGET_CBOS, Window.PERIOD, 100, new BigDecimal("10"), null,
                "of target CBOs advocated", "នៃអង្គការសហគមន៍គោលដៅបានតស៊ូមតិ", Map.of()));
        reports.compute(period);
        long before = numerator(code, period);
        long cbo = fixtures.cbo("Advocated overnight");
        evidence.append(cbo, EvidenceKind.MILESTONE, LocalDate.now(), null, "milestone", "m" + code,
                Map.of("kind", "ADVOCATED", "level", "PROVINCIAL", "issue", "Water", "authority", "Council"),
                Instant.now(), null, null, Instant.now());
        assertThat(reports.freshness(period).orElseThrow().evidenceChangedSince()).isTrue();

        refresh.nightly();

        assertThat(numerator(code, period)).isEqualTo(before + 1);
        assertThat(reports.freshness(period).orElseThrow().evidenceChangedSince()).isFalse();
        assertThat(jdbc.sql("select outcome from job_run where job = ? order by started_at desc limit 1")
                .param(IndicatorRefresh.JOB).query(String.class).single()).contains("P" + code);
    }

    private long numerator(String code, long period) {
        return reports.report(period).lines().stream().filter(line -> line.code().equals(code)).findFirst()
                .orElseThrow().total().numerator();
    }
}

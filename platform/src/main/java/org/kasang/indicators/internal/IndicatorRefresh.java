package org.kasang.indicators.internal;

import org.kasang.database.SingleRun;
import org.kasang.indicators.IndicatorReports;
import org.kasang.indicators.ReportingPeriod;
import org.kasang.indicators.ReportingPeriods;
import org.kasang.security.SystemUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every night, the indicator values of each computed period whose evidence changed since are computed again, so
 * the report staff open in the morning is current. On several nodes it runs on one of them ({@link SingleRun}).
 */
@Component
class IndicatorRefresh {

    static final String JOB = "indicator-refresh";

    private final IndicatorReports reports;
    private final ReportingPeriods periods;
    private final SingleRun singleRun;
    private final Duration minGap;

    IndicatorRefresh(IndicatorReports reports, ReportingPeriods periods, SingleRun singleRun,
                     @Value("${kasang.indicators.refresh-min-gap:PT1H}") Duration minGap) {
        this.reports = reports;
        this.periods = periods;
        this.singleRun = singleRun;
        this.minGap = minGap;
    }

    @Scheduled(cron = "${kasang.indicators.refresh-cron:0 30 1 * * *}", zone = "Asia/Phnom_Penh")
    void nightly() {
        singleRun.oncePerTick(JOB, minGap, this::refreshStale);
    }

    /** @return what was done, for the job's record */
    String refreshStale() {
        List<String> refreshed = new ArrayList<>();
        SystemUser.run(() -> {
            Pageable page = PageRequest.of(0, 100);
            while (true) {
                var slice = periods.list(page);
                for (ReportingPeriod period : slice) {
                    reports.freshness(period.id())
                            .filter(IndicatorReports.Freshness::evidenceChangedSince)
                            .ifPresent(stale -> {
                                reports.compute(period.id());
                                refreshed.add(period.code());
                            });
                }
                if (!slice.hasNext()) {
                    break;
                }
                page = slice.nextPageable();
            }
        });
        return refreshed.isEmpty() ? "nothing changed" : "computed again: " + String.join(", ", refreshed);
    }
}

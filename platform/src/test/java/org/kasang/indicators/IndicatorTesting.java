package org.kasang.indicators;

import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.organisations.Disability;
import org.kasang.organisations.MemberProfile;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.Sex;
import org.kasang.security.SystemUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Builds periods, indicators, members and evidence for indicator tests. */
final class IndicatorTesting {

    private IndicatorTesting() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static long period(ReportingPeriods periods, LocalDate from, LocalDate to) {
        return periods.create(new PeriodForm(unique("P"), "Year", "ឆ្នាំ", from, to));
    }

    static IndicatorForm indicator(Unit unit, Denominator denominator, Window window, Rule rule,
                                   Map<Long, BigDecimal> targets) {
        return new IndicatorForm(unique("I"), "Advocated", "បានតស៊ូមតិ", null, null, "Outcome 1 / 1.1",
                ResultKind.OUTCOME, unit, rule, denominator, window, 100, new BigDecimal("10"), null,
                "of target CBOs advocated to national government and local authorities",
                "នៃអង្គការសហគមន៍គោលដៅបានតស៊ូមតិ", targets);
    }

    static long member(MemberService members, long cbo, String name, Sex sex, Integer birthYear,
                       Disability disability) {
        AtomicLong id = new AtomicLong();
        SystemUser.run(() -> id.set(members.addMember(cbo, new MemberProfile(name, sex, birthYear, "", disability,
                disability != Disability.NOT_STATED), LocalDate.now().minusYears(3))));
        return id.get();
    }

    static long completed(EvidenceRows evidence, long cbo, long person, String course, LocalDate on) {
        return evidence.append(cbo, EvidenceKind.COURSE_COMPLETED, on, person, "learning_record", unique("lr"),
                Map.of("courseId", course, "mode", "SELF"), Instant.now(), null, null, null).orElseThrow();
    }

    static long milestone(EvidenceRows evidence, long cbo, GovernmentLevel level, LocalDate on) {
        return evidence.append(cbo, EvidenceKind.MILESTONE, on, null, "milestone", unique("m"),
                Map.of("kind", "ADVOCATED", "level", level.name(), "issue", "Water", "authority", "Council"),
                Instant.now(), null, null, Instant.now()).orElseThrow();
    }
}

package org.kasang.indicators;

import org.kasang.common.InvalidInput;
import org.kasang.indicators.internal.IndicatorRows;
import org.kasang.indicators.internal.PeriodRows;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/** The programme's indicators as programme staff define them. */
@Service
public class Indicators {

    private static final Set<Integer> FACTORS = Set.of(1, 100, 1000);

    private final IndicatorRows rows;
    private final PeriodRows periods;
    private final Clock clock;

    Indicators(IndicatorRows rows, PeriodRows periods, Clock clock) {
        this.rows = rows;
        this.periods = periods;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(IndicatorForm form) {
        return rows.insert(checked(form, null), clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, IndicatorForm form) {
        if (!rows.update(id, checked(form, id))) {
            throw new NoSuchElementException("indicator " + id);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public IndicatorForm form(long id) {
        return rows.find(id).orElseThrow(() -> new NoSuchElementException("indicator " + id)).form();
    }

    /** By code. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<IndicatorSummary> list(Pageable page) {
        List<IndicatorSummary> found = rows.page(page.getOffset(), page.getPageSize() + 1);
        boolean more = found.size() > page.getPageSize();
        return new SliceImpl<>(more ? found.subList(0, page.getPageSize()) : found, page, more);
    }

    private IndicatorForm checked(IndicatorForm f, Long id) {
        String code = f.code() == null ? "" : f.code().strip();
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._\\-]{0,29}")) {
            throw new InvalidInput("indicator.error.code");
        }
        if (ReportingPeriods.blank(f.nameEn(), 300) || ReportingPeriods.blank(f.nameKm(), 300)) {
            throw new InvalidInput("indicator.error.name");
        }
        if (tooLong(f.descriptionEn()) || tooLong(f.descriptionKm())) {
            throw new InvalidInput("indicator.error.description");
        }
        if (ReportingPeriods.blank(f.resultRef(), 60) || f.resultKind() == null) {
            throw new InvalidInput("indicator.error.result");
        }
        if (f.unit() == null || f.window() == null || f.denominator() == null) {
            throw new InvalidInput("indicator.error.unit");
        }
        Set<Denominator> fits = f.unit() == Unit.CBOS
                ? EnumSet.of(Denominator.TARGET_CBOS, Denominator.ACTIVE_CBOS, Denominator.NONE)
                : EnumSet.of(Denominator.MEMBERS_OF_TARGET_CBOS, Denominator.ALL_MEMBERS, Denominator.NONE);
        if (!fits.contains(f.denominator())) {
            throw new InvalidInput("indicator.error.denominator");
        }
        if (!FACTORS.contains(f.factor())) {
            throw new InvalidInput("indicator.error.factor");
        }
        if (f.numerator() == null) {
            throw new InvalidInput("rule.error.items");
        }
        f.numerator().validated();
        if (ReportingPeriods.blank(f.sentenceEn(), 500) || ReportingPeriods.blank(f.sentenceKm(), 500)) {
            throw new InvalidInput("indicator.error.sentence");
        }
        if (f.baselineValue() != null && f.baselineValue().signum() < 0
                || f.targets().values().stream().anyMatch(v -> v == null || v.signum() < 0)) {
            throw new InvalidInput("indicator.error.negative");
        }
        if (f.baselinePeriodId() != null && periods.find(f.baselinePeriodId()).isEmpty()
                || f.targets().keySet().stream().anyMatch(p -> periods.find(p).isEmpty())) {
            throw new InvalidInput("indicator.error.period");
        }
        if (rows.codeTaken(code, id)) {
            throw new InvalidInput("indicator.error.code-taken", code);
        }
        return new IndicatorForm(code, f.nameEn().strip(), f.nameKm().strip(), trim(f.descriptionEn()),
                trim(f.descriptionKm()), f.resultRef().strip(), f.resultKind(), f.unit(), f.numerator(),
                f.denominator(), f.window(), f.factor(), scale(f.baselineValue()), f.baselinePeriodId(),
                f.sentenceEn().strip(), f.sentenceKm().strip(), f.targets());
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > 2000;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

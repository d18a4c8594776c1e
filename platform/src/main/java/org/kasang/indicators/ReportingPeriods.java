package org.kasang.indicators;

import org.kasang.common.InvalidInput;
import org.kasang.indicators.internal.PeriodRows;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.NoSuchElementException;

/** The periods the programme reports on: years, half-years, the whole programme. They may overlap. */
@Service
public class ReportingPeriods {

    private final PeriodRows rows;

    ReportingPeriods(PeriodRows rows) {
        this.rows = rows;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(PeriodForm form) {
        String code = form.code() == null ? "" : form.code().strip();
        if (code.isEmpty() || code.length() > 20) {
            throw new InvalidInput("period.error.code");
        }
        if (blank(form.nameEn(), 100) || blank(form.nameKm(), 100)) {
            throw new InvalidInput("period.error.name");
        }
        if (form.startsOn() == null || form.endsOn() == null || form.endsOn().isBefore(form.startsOn())) {
            throw new InvalidInput("period.error.dates");
        }
        if (rows.codeTaken(code)) {
            throw new InvalidInput("period.error.code-taken", code);
        }
        return rows.insert(new PeriodForm(code, form.nameEn().strip(), form.nameKm().strip(), form.startsOn(),
                form.endsOn()));
    }

    /** Newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<ReportingPeriod> list(Pageable page) {
        return list("", page);
    }

    /** Those whose code or name contains the filter, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<ReportingPeriod> list(String filter, Pageable page) {
        List<ReportingPeriod> found = rows.page(filter, page.getOffset(), page.getPageSize() + 1);
        boolean more = found.size() > page.getPageSize();
        return new SliceImpl<>(more ? found.subList(0, page.getPageSize()) : found, page, more);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ReportingPeriod period(long id) {
        return rows.find(id).orElseThrow(() -> new NoSuchElementException("period " + id));
    }

    static boolean blank(String text, int max) {
        return text == null || text.isBlank() || text.strip().length() > max;
    }
}

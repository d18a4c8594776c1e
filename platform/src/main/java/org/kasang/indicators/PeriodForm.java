package org.kasang.indicators;

import java.time.LocalDate;

/** What an admin enters about a reporting period. Periods may overlap: a year and the whole programme. */
public record PeriodForm(String code, String nameEn, String nameKm, LocalDate startsOn, LocalDate endsOn) {
}

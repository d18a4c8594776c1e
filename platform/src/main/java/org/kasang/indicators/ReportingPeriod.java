package org.kasang.indicators;

import org.kasang.catalogue.Text;

import java.time.LocalDate;

/** A period the programme reports on, e.g. 2020 or "2019–2022". */
public record ReportingPeriod(long id, String code, Text name, LocalDate startsOn, LocalDate endsOn) {
}

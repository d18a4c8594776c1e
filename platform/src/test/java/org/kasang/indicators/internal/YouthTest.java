package org.kasang.indicators.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Youth is an age range at the period's end, with configurable bounds, and "not stated" without a birth year. */
class YouthTest {

    @Test
    void bounds_are_inclusive_and_configurable() {
        Computation standard = new Computation(new World.Snapshot(Map.of(), Map.of(), Map.of()), Map.of(), List.of(),
                LocalDate.of(2026, 12, 31), 15, 30);
        assertThat(standard.youth(2011)).isEqualTo("YOUTH");
        assertThat(standard.youth(1996)).isEqualTo("YOUTH");
        assertThat(standard.youth(1995)).isEqualTo("NOT_YOUTH");
        assertThat(standard.youth(2012)).isEqualTo("NOT_YOUTH");
        assertThat(standard.youth(null)).isEqualTo("NOT_STATED");

        Computation narrow = new Computation(new World.Snapshot(Map.of(), Map.of(), Map.of()), Map.of(), List.of(),
                LocalDate.of(2026, 12, 31), 18, 24);
        assertThat(narrow.youth(2002)).isEqualTo("YOUTH");
        assertThat(narrow.youth(2001)).isEqualTo("NOT_YOUTH");
        assertThat(narrow.youth(2009)).isEqualTo("NOT_YOUTH");
    }
}

package org.kasang.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The primary's WAL insert position read as the end of its last record, where a caught-up standby's replay stands. */
class ReportsDatabaseTest {

    @Test
    void a_position_inside_a_page_is_the_end_of_the_last_record() {
        assertThat(ReportsDatabase.recordEnd("0/31D02B8 8192 16777216")).isEqualTo("0/31D02B8");
    }

    @Test
    void just_past_a_page_header_is_the_page_boundary_where_the_last_record_ended() {
        assertThat(ReportsDatabase.recordEnd("0/3002018 8192 16777216")).isEqualTo("0/3002000");
        assertThat(ReportsDatabase.recordEnd("1A/FF002018 8192 16777216")).isEqualTo("1A/FF002000");
    }

    @Test
    void the_long_header_counts_only_at_the_start_of_a_segment() {
        assertThat(ReportsDatabase.recordEnd("0/3000028 8192 16777216")).isEqualTo("0/3000000");
        assertThat(ReportsDatabase.recordEnd("0/3002028 8192 16777216")).isEqualTo("0/3002028");
    }
}

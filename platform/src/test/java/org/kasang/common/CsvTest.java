package org.kasang.common;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotes_what_needs_quoting_keeps_khmer_and_defuses_formulas() {
        String csv = new String(Csv.write(List.of(
                List.of("Member", "Note"),
                List.of("សុខ ចាន់", "said \"yes\", then left"),
                List.of("=HYPERLINK(\"http://x\")", "-2+3"))), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF").isEqualTo("\uFEFF"
                + "Member,Note\r\n"
                + "សុខ ចាន់,\"said \"\"yes\"\", then left\"\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'-2+3\r\n");
    }
}

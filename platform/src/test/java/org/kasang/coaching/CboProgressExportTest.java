package org.kasang.coaching;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.common.InvalidInput;
import org.kasang.learning.CourseStatus;
import org.kasang.learning.LearningService;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A CBO's progress leaves Kasang as codes unless names are chosen with a reason; every export is logged. */
class CboProgressExportTest extends IntegrationTest {

    static final String COURSE = "budget-literacy";

    @Autowired
    CboProgressExport export;
    @Autowired
    LearningService learning;
    @Autowired
    JdbcClient jdbc;

    long cbo;
    SignedInUser coach;
    SignedInUser sokha;

    @BeforeEach
    void cboWithTwoMembers() {
        cbo = fixtures.cbo("Export CBO");
        sokha = fixtures.learner(cbo, "Export Sokha");
        fixtures.learner(cbo, "Export Dara");
        coach = fixtures.coachOf(cbo);
        signInAs(sokha);
        learning.enrol(COURSE);
    }

    private List<Map<String, Object>> logOf(long cboId) {
        return jdbc.sql("select * from export_log where subject like ? order by id")
                .param("% (" + cboId + ")").query().listOfRows();
    }

    @Test
    void without_names_members_are_codes_and_the_export_is_logged() {
        signInAs(coach);
        ProgressTable table = export.export(cbo, false, "");

        assertThat(table.withNames()).isFalse();
        assertThat(table.rows()).extracting(ProgressTable.Row::member)
                .hasSize(2).allMatch(code -> code.matches("K\\d+")).doesNotContain("Export Sokha", "Export Dara")
                .contains("K" + sokha.personId());
        assertThat(table.rows()).filteredOn(row -> row.member().equals("K" + sokha.personId()))
                .singleElement().satisfies(row -> assertThat(row.course(COURSE)).hasValueSatisfying(
                        state -> assertThat(state.status()).isEqualTo(CourseStatus.ENROLLED)));
        assertThat(logOf(cbo)).singleElement().satisfies(entry -> {
            assertThat(entry.get("with_names")).isEqualTo(false);
            assertThat(entry.get("reason")).isNull();
            assertThat(entry.get("row_count")).isEqualTo(2);
            assertThat(entry.get("person_id")).isEqualTo(coach.personId());
            assertThat(entry.get("kind")).isEqualTo("cbo-progress");
        });
    }

    @Test
    void names_need_a_reason_and_the_reason_is_logged() {
        signInAs(coach);
        assertThatThrownBy(() -> export.export(cbo, true, " short "))
                .isInstanceOf(InvalidInput.class).hasMessage("export.error.reason");
        assertThat(logOf(cbo)).isEmpty();

        ProgressTable table = export.export(cbo, true, "Printed attendance list for the commune visit");
        assertThat(table.rows()).extracting(ProgressTable.Row::member)
                .containsExactlyInAnyOrder("Export Sokha", "Export Dara");
        assertThat(logOf(cbo)).singleElement().satisfies(entry -> {
            assertThat(entry.get("with_names")).isEqualTo(true);
            assertThat(entry.get("reason")).isEqualTo("Printed attendance list for the commune visit");
        });
    }

    @Test
    void another_coach_a_former_coach_and_a_learner_cannot_export_and_nothing_is_logged() {
        SignedInUser other = fixtures.coachOf(fixtures.cbo("Someone else's export CBO"));
        SignedInUser former = fixtures.staff("Former export coach", org.kasang.security.Role.COACH);
        fixtures.assign(former, cbo, LocalDate.now().minusMonths(3), LocalDate.now().minusDays(1));

        for (SignedInUser user : List.of(other, former, sokha)) {
            signInAs(user);
            assertThatThrownBy(() -> export.export(cbo, false, "")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.export(cbo, true, "I would like to see everyone"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(logOf(cbo)).isEmpty();
    }
}

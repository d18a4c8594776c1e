package org.kasang.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.ItemType;
import org.kasang.common.Cambodia;
import org.kasang.common.InvalidInput;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.Fixtures.COURSE;

class XapiExportTest extends IntegrationTest {

    @Autowired
    XapiExport xapi;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    long cbo;
    SignedInUser learner;
    SignedInUser admin;
    String lesson;
    LocalDate today = LocalDate.now(Cambodia.ZONE);

    @BeforeEach
    void aLearnerLearns() {
        cbo = fixtures.cbo("xAPI CBO");
        learner = fixtures.learner(cbo, "Sok Vanna Xapi");
        signInAs(learner);
        lesson = catalogue.outline(COURSE).modules().stream().flatMap(m -> m.items().stream())
                .filter(i -> i.type() == ItemType.LESSON).findFirst().orElseThrow().id();
        learning.enrol(COURSE);
        learning.completeLesson(COURSE, lesson);
        // A lesson completed in a facilitated session, and a record from long ago outside the range.
        insert("facilitated:" + learner.personId(), "FACILITATED", 77L, Instant.now());
        insert("old:" + learner.personId(), "SELF", null, Instant.now().minus(400, ChronoUnit.DAYS));
        admin = fixtures.staff("xAPI admin", Role.ADMIN);
        signInAs(admin);
    }

    @Test
    void statements_are_pseudonymous_unless_names_are_chosen_and_the_export_is_logged() throws Exception {
        byte[] file = xapi.statements(today.minusDays(1), today, false, null);

        List<JsonNode> mine = mine(file);
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("Sok Vanna Xapi");
        assertThat(mine).hasSize(3);
        for (JsonNode statement : mine) {
            assertThat(statement.get("actor").get("account").get("homePage").asText()).isEqualTo("https://kasang.org/person");
            assertThat(statement.get("actor").has("name")).isFalse();
            assertThat(statement.get("id").asText()).hasSize(36);
            assertThat(statement.get("context").get("extensions").get(XapiExport.EXTENSION_CBO).asLong()).isEqualTo(cbo);
        }
        JsonNode registered = verb(mine, "registered");
        assertThat(registered.get("verb").get("id").asText()).isEqualTo(Verb.REGISTERED.iri());
        assertThat(registered.get("object").get("id").asText()).isEqualTo("https://kasang.org/course/" + COURSE);
        JsonNode completed = mine.stream().filter(s -> s.get("verb").get("display").get("en-US").asText().equals("completed")
                && s.get("context").get("extensions").get(XapiExport.EXTENSION_MODE).asText().equals("SELF")).findFirst().orElseThrow();
        assertThat(completed.get("object").get("id").asText()).startsWith("https://kasang.org/course/" + COURSE + "/lesson/");
        assertThat(completed.get("result").get("completion").asBoolean()).isTrue();
        assertThat(completed.get("context").get("contextActivities").get("parent").get(0).get("id").asText())
                .isEqualTo("https://kasang.org/course/" + COURSE);
        assertThat(Instant.parse(completed.get("timestamp").asText())).isAfter(Instant.now().minus(1, ChronoUnit.HOURS));
        JsonNode facilitated = mine.stream().filter(s -> s.get("context").get("extensions").get(XapiExport.EXTENSION_MODE)
                .asText().equals("FACILITATED")).findFirst().orElseThrow();
        assertThat(facilitated.get("context").get("extensions").get(XapiExport.EXTENSION_SESSION).asLong()).isEqualTo(77);

        assertThat(lastLog()).isEqualTo("xapi " + today.minusDays(1) + "/" + today + " false null");
    }

    @Test
    void names_go_out_only_with_a_reason_and_the_log_says_so() throws Exception {
        long before = count();
        assertThatThrownBy(() -> xapi.statements(today, today, true, "short")).isInstanceOf(InvalidInput.class);
        assertThat(count()).as("a refused export leaves no entry").isEqualTo(before);

        List<JsonNode> mine = mine(xapi.statements(today, today, true, "Evaluation of the 2026 training cycle"));
        assertThat(mine).hasSize(3).allSatisfy(s -> {
            assertThat(s.get("actor").get("name").asText()).isEqualTo("Sok Vanna Xapi");
            assertThat(s.get("actor").get("account").get("name").asText()).isEqualTo("K" + learner.personId());
        });
        assertThat(lastLog()).isEqualTo("xapi " + today + "/" + today + " true Evaluation of the 2026 training cycle");
    }

    @Test
    void the_range_is_of_cambodian_dates_and_only_an_admin_exports() throws Exception {
        List<JsonNode> old = mine(xapi.statements(today.minusDays(401), today.minusDays(399), false, null));
        assertThat(old).hasSize(1);
        assertThat(old.get(0).get("timestamp").asText()).isNotBlank();
        assertThatThrownBy(() -> xapi.statements(today, today.minusDays(1), false, null)).isInstanceOf(InvalidInput.class);
        signInAs(learner);
        assertThatThrownBy(() -> xapi.statements(today, today, false, null)).isInstanceOf(AccessDeniedException.class);
    }

    private List<JsonNode> mine(byte[] file) throws Exception {
        JsonNode all = json.readTree(file);
        assertThat(all.isArray()).isTrue();
        List<JsonNode> mine = new ArrayList<>();
        all.forEach(s -> {
            if (s.get("actor").get("account").get("name").asText().equals("K" + learner.personId())) {
                mine.add(s);
            }
        });
        return mine;
    }

    private static JsonNode verb(List<JsonNode> statements, String verb) {
        return statements.stream().filter(s -> s.get("verb").get("display").get("en-US").asText().equals(verb))
                .findFirst().orElseThrow();
    }

    private void insert(String key, String mode, Long session, Instant at) {
        jdbc.sql("""
                        insert into learning_record (idempotency_key, person_id, verb, object_type, object_id, course_id,
                            course_version, completion, cbo_id, mode, session_id, occurred_at)
                        values (?, ?, 'COMPLETED', 'LESSON', ?, ?, 1, true, ?, ?, ?, ?)""")
                .params(key, learner.personId(), lesson, COURSE, cbo, mode, session, Timestamp.from(at))
                .update();
    }

    private long count() {
        return jdbc.sql("select count(*) from export_log where kind = 'xapi'").query(Long.class).single();
    }

    private String lastLog() {
        return jdbc.sql("select kind || ' ' || subject || ' ' || with_names || ' ' || coalesce(reason, 'null') "
                + "from export_log where kind = 'xapi' order by id desc limit 1").query(String.class).single();
    }
}

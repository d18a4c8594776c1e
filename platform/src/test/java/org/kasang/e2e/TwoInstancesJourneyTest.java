package org.kasang.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kasang.TestPostgres;
import org.openqa.selenium.WindowType;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.e2e.Browser.button;

/**
 * Two platform processes on one database at once, as behind a load balancer (docs/scale-out.md): each imports
 * the bundled courses and seeds the demo data at start-up, and both schedulers fire the indicator refresh every
 * three seconds; the work is done once. A learner who completes the same lesson on both nodes is counted once.
 */
@ExtendWith(SharedChromium.class)
class TwoInstancesJourneyTest {

    private static final String COURSE = "budget-literacy";
    private static PlatformNode first;
    private static PlatformNode second;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTwoNodes() {
        String database = TestPostgres.freshDatabase("kasang_two_instances");
        String[] settings = {"--kasang.demo-data=true", "--kasang.indicators.refresh-cron=*/3 * * * * *",
                "--kasang.indicators.refresh-min-gap=PT2S"};
        first = PlatformNode.start("node-a", database, settings);
        second = PlatformNode.start("node-b", database, settings);
        CompletableFuture.allOf(CompletableFuture.runAsync(first::awaitReady),
                CompletableFuture.runAsync(second::awaitReady)).join();
        var source = new PGSimpleDataSource();
        source.setUrl(database);
        source.setUser("postgres");
        jdbc = JdbcClient.create(source);
    }

    @AfterAll
    static void stopNodes() {
        if (first != null) {
            first.stop();
        }
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void the_start_up_import_and_the_demo_data_happen_once() {
        assertThat(jdbc.sql("select id from course").query(String.class).list())
                .hasSize(6).doesNotHaveDuplicates().contains(COURSE);
        assertThat(jdbc.sql("select count(*) from lesson where course_id = ?").param(COURSE).query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(distinct id) from lesson where course_id = ?").param(COURSE)
                        .query(Long.class).single());
        // The demo programme of one node: 621 CBOs, one Chan Sokha, one admin vanna.
        assertThat(jdbc.sql("select count(*) from cbo").query(Long.class).single()).isEqualTo(621);
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Chan Sokha'").query(Long.class).single())
                .isEqualTo(1);
        // Both nodes started and served: neither failed on the other's data.
        assertThat(first.log()).contains("Started Application");
        assertThat(second.log()).contains("Started Application");
        // Each bundled course was created by one node; the other, waiting for the import lock, found it unchanged.
        String logs = first.log() + second.log();
        assertThat(Pattern.compile("/courses/[a-z-]+/course\\.yaml]: CREATED").matcher(logs).results().count())
                .isEqualTo(6);
        assertThat(Pattern.compile("/courses/[a-z-]+/course\\.yaml]: UNCHANGED").matcher(logs).results().count())
                .isEqualTo(6);
    }

    @Test
    void the_scheduled_job_fires_on_both_nodes_and_runs_on_one_per_tick() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (runs().size() < 3 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        List<Map<String, Object>> runs = runs();
        assertThat(runs).hasSizeGreaterThanOrEqualTo(3);
        // One record per tick: consecutive runs are at least the minimum gap apart, whichever node did them.
        for (int i = 1; i < runs.size(); i++) {
            Instant before = ((java.sql.Timestamp) runs.get(i - 1).get("started_at")).toInstant();
            Instant after = ((java.sql.Timestamp) runs.get(i).get("started_at")).toInstant();
            assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
        // Each node logged its own runs and skips: the runs in the logs are the runs in the table.
        long logged = ran(first) + ran(second);
        assertThat(logged).isGreaterThanOrEqualTo(runs.size());
        assertThat(logged).isLessThanOrEqualTo(runs().size());
        assertThat(first.log() + second.log()).contains("Job indicator-refresh: skipped on");
    }

    @Test
    void a_lesson_completed_on_both_nodes_is_counted_once(Chromium chromium) {
        long sokha = jdbc.sql("select person_id from account where username = 'sokha'").query(Long.class).single();
        var lesson = jdbc.sql("""
                select l.id, l.title ->> 'en' as title from lesson l join course_module m on m.id = l.module_id
                where l.course_id = ? and not l.retired
                  and l.id not in (select item_id from item_state where person_id = ? and status = 'COMPLETED')
                order by m.position desc, l.position desc limit 1""")
                .params(COURSE, sokha).query().singleRow();
        String lessonId = (String) lesson.get("id");
        String path = "/learn/" + COURSE + "/lesson/" + lessonId.substring(COURSE.length() + 1);

        // Two tabs, one per node; localhost and 127.0.0.1 keep their cookies apart.
        Browser onFirst = new Browser(chromium.driver(), first.url());
        onFirst.reset();
        String firstTab = chromium.driver().getWindowHandle();
        onFirst.open(path);
        onFirst.signIn("sokha", "kasang-learner-demo");
        onFirst.expectHeading((String) lesson.get("title"));

        chromium.driver().switchTo().newWindow(WindowType.TAB);
        String secondTab = chromium.driver().getWindowHandle();
        Browser onSecond = new Browser(chromium.driver(), "http://127.0.0.1:" + second.port());
        onSecond.open(path);
        onSecond.signIn("sokha", "kasang-learner-demo");
        onSecond.expectHeading((String) lesson.get("title"));

        onSecond.click(button("Mark as done and continue"));
        chromium.driver().switchTo().window(firstTab);
        onFirst.click(button("Mark as done and continue"));
        onFirst.waitFor(() -> "the lesson completed on " + first.name()).until(d -> completions(sokha, lessonId) > 0);
        chromium.driver().switchTo().window(secondTab);
        chromium.driver().close();
        chromium.driver().switchTo().window(firstTab);

        assertThat(completions(sokha, lessonId)).isEqualTo(1);
        assertThat(jdbc.sql("select status from item_state where person_id = ? and item_id = ?").params(sokha, lessonId)
                .query(String.class).list()).containsExactly("COMPLETED");
    }

    private static long completions(long person, String lessonId) {
        return jdbc.sql("select count(*) from learning_record where person_id = ? and object_id = ? and verb = 'COMPLETED'")
                .params(person, lessonId).query(Long.class).single();
    }

    private static List<Map<String, Object>> runs() {
        return jdbc.sql("select node, started_at from job_run where job = 'indicator-refresh' order by started_at")
                .query().listOfRows();
    }

    private static long ran(PlatformNode node) {
        return Pattern.compile("Job indicator-refresh: ran on " + node.name()).matcher(node.log()).results().count();
    }
}

package org.kasang.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.kasang.database.ReportsDatabase;
import org.kasang.database.StandbyPostgres;
import org.kasang.Application;
import org.kasang.catalogue.CourseImportService;
import org.kasang.catalogue.SearchService;
import org.kasang.coaching.CboList;
import org.kasang.coaching.CoachingService;
import org.kasang.coaching.CoachingSessions;
import org.kasang.coaching.NeedsAttention;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.Denominator;
import org.kasang.indicators.Dimension;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.IndicatorForm;
import org.kasang.indicators.IndicatorReports;
import org.kasang.indicators.Indicators;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.PeriodForm;
import org.kasang.indicators.ReportingPeriods;
import org.kasang.indicators.ResultKind;
import org.kasang.indicators.Rule;
import org.kasang.indicators.Unit;
import org.kasang.indicators.Window;
import org.kasang.learning.HelpDesk;
import org.kasang.learning.LearningService;
import org.kasang.learning.ProgressQueries;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The benchmarks of issue 8, outside the test suite: the platform's own services (scope and security included)
 * against a database filled by the scale generator, timed in one JVM, p50/p95 per operation, and beside each
 * summary-backed query the plain query it replaces. Writes platform/target/benchmarks.md and the dashboard queries'
 * EXPLAIN (ANALYZE, BUFFERS) plans (PostgreSQL's auto_explain) to platform/target/benchmarks-explain.txt.
 * Run with scripts/benchmark (see there); never part of {@code mvn verify}.
 */
public final class Benchmarks {

    private static final String ENGLISH_TERMS = "budget,commune,advocacy,gender,information,council,plan,service,fund,meeting";
    private static final String KHMER_TERMS = "ថវិកា,ឃុំ,តស៊ូមតិ,យេនឌ័រ,ព័ត៌មាន,ក្រុមប្រឹក្សា,ផែនការ,សេវា,មូលនិធិ,កិច្ចប្រជុំ";

    private static final SignedInUser ADMIN = new SignedInUser(0, 0, "benchmark", "benchmark", java.util.Set.of(Role.ADMIN));

    private final StringBuilder report = new StringBuilder();
    private final Path out;

    private Benchmarks(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path dataDir = Path.of(options.getOrDefault("data-dir", System.getProperty("user.home") + "/.kasang/postgres"));
        Path out = Path.of(options.getOrDefault("out", "target")).toAbsolutePath();
        Files.createDirectories(out);
        Path pgLogs = out.resolve("benchmark-pg-logs");
        Files.createDirectories(pgLogs);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", pgLogs.toString())
                .setServerConfig("log_filename", "postgres.log")
                .start()) {
            var bench = new Benchmarks(out);
            bench.run(postgres, options);
        }
        System.exit(0);
    }

    private void run(EmbeddedPostgres postgres, Map<String, String> options) throws Exception {
        line("# Benchmarks");
        line("");
        line("Run " + java.time.Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", heap max " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB; load average before: " + loadAverage() + ".");
        line("");
        if (options.containsKey("only-recording")) {
            try (ConfigurableApplicationContext context = context(postgres.getJdbcUrl("postgres", "kasang"), false)) {
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                recordingBench(context, jdbc, Integer.parseInt(options.getOrDefault("record-seconds", "30")));
                facilitatedBench(context, jdbc, Integer.parseInt(options.getOrDefault("record-seconds", "30")));
            }
            Files.writeString(out.resolve("benchmarks-recording.md"), report);
            return;
        }
        if (options.containsKey("only-reports")) {
            standbyBench(postgres);
            Files.writeString(out.resolve("benchmarks-reports.md"), report);
            System.out.println(report);
            return;
        }
        if (!options.containsKey("skip-import")) {
            importBench(postgres);
        }
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement();
             var exists = statement.executeQuery("select 1 from pg_database where datname = 'kasang'")) {
            if (!exists.next()) {
                statement.execute("create database kasang encoding 'UTF8' template template0");
            }
        }
        String url = postgres.getJdbcUrl("postgres", "kasang");
        demoData = options.containsKey("demo");
        try (ConfigurableApplicationContext context = context(url, true)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            line("Data: " + count(jdbc, "cbo") + " CBOs, " + count(jdbc, "person") + " people, "
                    + count(jdbc, "learning_record") + " learning records, " + count(jdbc, "course") + " courses.");
            line("");
            line("| Operation | n | p50 ms | p95 ms | max ms | Note |");
            line("|---|---:|---:|---:|---:|---|");
            coachBench(context, jdbc);
            reportBench(context, jdbc);
            searchBench(context);
            line("");
            recordingBench(context, jdbc, Integer.parseInt(options.getOrDefault("record-seconds", "30")));
            facilitatedBench(context, jdbc, Integer.parseInt(options.getOrDefault("record-seconds", "30")));
            explainDashboards(context, jdbc, postgres);
        }
        Files.writeString(out.resolve("benchmarks.md"), report);
        System.out.println(report);
    }

    // ---- 1. coach home and CBO page -------------------------------------------------------------------------

    private void coachBench(ConfigurableApplicationContext context, JdbcClient jdbc) {
        SignedInUser coach = busiestCoach(jdbc);
        long cbos = jdbc.sql("select count(*) from coach_assignment where coach_person_id = ? and end_date is null")
                .param(coach.personId()).query(Long.class).single();
        CoachingService coaching = context.getBean(CoachingService.class);
        NeedsAttention attention = context.getBean(NeedsAttention.class);
        CoachingSessions sessions = context.getBean(CoachingSessions.class);
        HelpDesk helpDesk = context.getBean(HelpDesk.class);
        ProgressQueries progress = context.getBean(ProgressQueries.class);
        List<Long> cboIds = jdbc.sql("select cbo_id from coach_assignment where coach_person_id = ? and end_date is null order by cbo_id")
                .param(coach.personId()).query(Long.class).list();

        as(coach, () -> {
            time("Coach home (" + cbos + " CBOs): my CBOs page, needs attention, overdue actions", 20, 200, () -> {
                coaching.myCbos(CboList.all(), PageRequest.of(0, 50)).getContent();
                attention.now();
                sessions.overdue(PageRequest.of(0, 20)).getContent();
            }, "what the coach's home loads");
            time("  my CBOs page only (summary rows)", 20, 200,
                    () -> coaching.myCbos(CboList.all(), PageRequest.of(0, 50)).getContent(), "cbo_course_summary");
            time("  needs attention only", 20, 200, attention::now, "partial indexes");
            int[] next = {0};
            time("CBO page: CBO, members × courses (first 50), knowledge gain, open help, sessions", 20, 200, () -> {
                long cbo = cboIds.get(next[0]++ % cboIds.size());
                coaching.cbo(cbo);
                coaching.members(cbo, PageRequest.of(0, 50)).getContent();
                progress.knowledgeGains(cbo);
                helpDesk.open(cbo, 0, 20);
                sessions.history(cbo, PageRequest.of(0, 20)).getContent();
            }, "one of the coach's CBOs each time");
            return null;
        });
        // The plain query the summary table replaces, in the same run: counts per CBO and course from course_state.
        time("  plain: counts per CBO × course from course_state (what summaries replace)", 20, 200, () ->
                jdbc.sql("""
                        select cs.cbo_id, cs.course_id, count(*) enrolled,
                               count(*) filter (where cs.status = 'IN_PROGRESS') in_progress,
                               count(*) filter (where cs.status = 'COMPLETED') completed
                        from course_state cs where cs.cbo_id in (:cbos) group by cs.cbo_id, cs.course_id""")
                        .param("cbos", cboIds).query().listOfRows(), "for the ratio");
        time("  summary: the same counts from cbo_course_summary", 20, 200, () ->
                jdbc.sql("select * from cbo_course_summary where cbo_id in (:cbos)").param("cbos", cboIds)
                        .query().listOfRows(), "for the ratio");
    }

    /**
     * A coach with the most CBOs: for the dashboards the last such coach, whose CBOs (high ids) the recording
     * benchmarks leave alone, so that a second run reads the same dashboard; for recording the first.
     */
    private SignedInUser busiestCoach(JdbcClient jdbc) {
        return busiestCoach(jdbc, "desc");
    }

    private SignedInUser busiestCoach(JdbcClient jdbc, String idOrder) {
        return jdbc.sql("""
                        select a.id, a.person_id, a.username, p.full_name from account a
                        join account_role r on r.account_id = a.id and r.role = 'COACH'
                        join person p on p.id = a.person_id
                        join coach_assignment ca on ca.coach_person_id = a.person_id and ca.end_date is null
                        group by a.id, a.person_id, a.username, p.full_name
                        order by count(*) desc, a.id""" + " " + idOrder + " limit 1")
                .query((rs, n) -> new SignedInUser(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        java.util.Set.of(Role.COACH))).single();
    }

    // ---- 2. the national indicator report --------------------------------------------------------------------

    private void reportBench(ConfigurableApplicationContext context, JdbcClient jdbc) {
        reportTimes(context, jdbc, "");
    }

    /** Computing, reading and drilling down; {@code where} tells which database the reads went to, if it matters. */
    private void reportTimes(ConfigurableApplicationContext context, JdbcClient jdbc, String where) {
        IndicatorReports reports = context.getBean(IndicatorReports.class);
        long period = as(ADMIN, () -> benchPeriod(context, jdbc));
        String code = as(ADMIN, () -> benchIndicators(context, jdbc));
        String people = peopleIndicator(jdbc);
        SystemUser.run(() -> {
            time("National indicator report: compute every indicator for the period (all breakdowns)" + where, 1, 5,
                    () -> reports.compute(period), "every indicator, every CBO and person");
            time("National indicator report: read it (disaggregated)" + where, 5, 50, () -> reports.report(period), "");
            time("Drill-down: the CBOs behind the headline figure" + where, 2, 10,
                    () -> reports.drillDown(code, period, Dimension.TOTAL, "TOTAL"), "the units stored with the value (V22)");
            time("Drill-down: the women behind a figure about people" + where, 2, 10,
                    () -> reports.drillDown(people, period, Dimension.SEX, "FEMALE"),
                    "the units stored with the value (V22)");
        });
    }

    /**
     * --only-reports: computing and drilling down with reads on the primary, then on a streaming standby of the same
     * database (cloned here; the copy of the data directory takes a minute or two at scale), and what the caught-up
     * check costs a report read.
     */
    private void standbyBench(EmbeddedPostgres postgres) throws Exception {
        String url = postgres.getJdbcUrl("postgres", "kasang");
        line("| Operation | n | p50 ms | p95 ms | max ms | Note |");
        line("|---|---:|---:|---:|---:|---|");
        try (ConfigurableApplicationContext context = context(url, false)) {
            reportReads(context, "primary");
        }
        long cloning = System.nanoTime();
        try (StandbyPostgres standby = StandbyPostgres.of(postgres)) {
            System.out.printf("Standby cloned and started in %.0f s%n", (System.nanoTime() - cloning) / 1e9);
            try (ConfigurableApplicationContext context = context(url, false,
                    Map.of("kasang.reports.datasource.url", standby.jdbcUrl("kasang"),
                            "kasang.reports.datasource.username", "postgres"))) {
                reportReads(context, "standby");
                var meters = context.getBean(io.micrometer.core.instrument.MeterRegistry.class);
                line("");
                meters.find("kasang.reports.reads").counters().forEach(c -> line("- reads on "
                        + c.getId().getTag("database") + " (" + c.getId().getTag("reason") + "): " + (long) c.count()));
            }
        }
    }

    private void reportReads(ConfigurableApplicationContext context, String where) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        ReportsDatabase reads = context.getBean(ReportsDatabase.class);
        reportTimes(context, jdbc, ", reads on the " + where);
        SystemUser.run(() -> time("A trivial report read on the " + where + " (the caught-up check with a standby)",
                20, 200, () -> reads.read(client -> client.sql("select 1").query(Integer.class).single()), ""));
    }

    /** The generator's "members who completed the budget course", else the benchmark's own. */
    private static String peopleIndicator(JdbcClient jdbc) {
        return jdbc.sql("select code from indicator where code in ('GEN-OP2.1', 'BENCH-PPL') order by code desc limit 1")
                .query(String.class).single();
    }

    private static long benchPeriod(ConfigurableApplicationContext context, JdbcClient jdbc) {
        // The generator's whole-programme period if there is one, else a period of the last two years.
        var found = jdbc.sql("select id from reporting_period where code in ('GEN-ALL', 'BENCH') order by code desc limit 1")
                .query(Long.class).optional();
        if (found.isPresent()) {
            return found.get();
        }
        LocalDate to = LocalDate.now();
        return context.getBean(ReportingPeriods.class).create(new PeriodForm("BENCH", "Benchmark: last two years",
                "រយៈពេលពីរឆ្នាំចុងក្រោយ", to.minusYears(2), to));
    }

    /** Two indicators like the programme report's: CBOs that advocated, people who completed a course. */
    private static String benchIndicators(ConfigurableApplicationContext context, JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from indicator where code = 'GEN-OC1.1'").query(Long.class).single() > 0) {
            return "GEN-OC1.1";
        }
        String code = "BENCH-ADV";
        if (jdbc.sql("select count(*) from indicator where code = ?").param(code).query(Long.class).single() == 0) {
            Indicators indicators = context.getBean(Indicators.class);
            indicators.create(new IndicatorForm(code, "CBOs that advocated", "អង្គការសហគមន៍ដែលបានតស៊ូមតិ", null, null,
                    "Outcome 1 / 1.1", ResultKind.OUTCOME, Unit.CBOS,
                    Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT)),
                    Denominator.TARGET_CBOS, Window.CUMULATIVE, 100, BigDecimal.ZERO, null,
                    "of target CBOs advocated to the authorities", "នៃអង្គការសហគមន៍គោលដៅបានតស៊ូមតិ", Map.of()));
            String course = jdbc.sql("select id from course order by id limit 1").query(String.class).single();
            indicators.create(new IndicatorForm("BENCH-PPL", "Members who completed a course", "សមាជិកដែលបានបញ្ចប់វគ្គ",
                    null, null, "Output 1.3", ResultKind.OUTPUT, Unit.PEOPLE,
                    Rule.allOf(new Criterion.CourseCompletions(course, 1, 0)), Denominator.ALL_MEMBERS,
                    Window.PERIOD, 100, BigDecimal.ZERO, null, "of members completed the course",
                    "នៃសមាជិកបានបញ្ចប់វគ្គ", Map.of()));
        }
        return code;
    }

    // ---- 4. importing the bundled courses --------------------------------------------------------------------

    private void importBench(EmbeddedPostgres postgres) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            String database = "kasang_import_bench";
            try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database);
                statement.execute("create database " + database);
            }
            try (ConfigurableApplicationContext context = context(postgres.getJdbcUrl("postgres", database), false)) {
                CourseImportService imports = context.getBean(CourseImportService.class);
                long start = System.nanoTime();
                SystemUser.run(() -> imports.importAll(CourseImportService.BUNDLED));
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        line("Importing the six bundled courses into an empty catalogue (3 runs, each on a new database): "
                + millis + " ms.");
        line("");
    }

    // ---- 5. search -------------------------------------------------------------------------------------------

    private void searchBench(ConfigurableApplicationContext context) {
        SearchService search = context.getBean(SearchService.class);
        List<String> english = Arrays.asList(ENGLISH_TERMS.split(","));
        List<String> khmer = Arrays.asList(KHMER_TERMS.split(","));
        int[] i = {0};
        SystemUser.run(() -> {
            time("Search, English (10 terms in turn), first page", 20, 300,
                    () -> search.search(english.get(i[0]++ % english.size()), Locale.ENGLISH, PageRequest.of(0, 20)).getContent(), "");
            time("Search, Khmer (10 terms in turn), first page", 20, 300,
                    () -> search.search(khmer.get(i[0]++ % khmer.size()), Locale.forLanguageTag("km"), PageRequest.of(0, 20)).getContent(), "");
        });
    }

    // ---- 3. recording progress -------------------------------------------------------------------------------

    private void recordingBench(ConfigurableApplicationContext context, JdbcClient jdbc, int seconds) throws Exception {
        LearningService learning = context.getBean(LearningService.class);
        // Learners part-way through a course, each with the lessons of it they have not completed, in order: the
        // first pass records new progress, later passes repeat taps (recorded once).
        record Work(SignedInUser learner, String course, List<String> lessons) {
        }
        List<Work> work = jdbc.sql("""
                        select a.id, a.person_id, a.username, cs.course_id,
                               array(select l.id from lesson l join course_module m on m.id = l.module_id
                                     where l.course_id = cs.course_id and not l.retired
                                       and l.id not in (select i.item_id from item_state i
                                                        where i.person_id = cs.person_id and i.status = 'COMPLETED')
                                     order by m.position, l.position) lessons
                        from course_state cs join account a on a.person_id = cs.person_id
                        where cs.status = 'IN_PROGRESS' order by cs.person_id, cs.course_id limit 8000""")
                .query((rs, n) -> new Work(new SignedInUser(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(3),
                        java.util.Set.of(Role.LEARNER)), rs.getString(4),
                        Arrays.asList((String[]) rs.getArray(5).getArray()))).list()
                .stream().filter(w -> !w.lessons().isEmpty()).toList();
        if (work.isEmpty()) {
            line("Recording progress: no learner part-way through a course with a lesson left; skipped.");
            return;
        }
        long before = count(jdbc, "learning_record");
        int threads = Runtime.getRuntime().availableProcessors() * 2;
        long start = System.nanoTime();
        long[] outcome = sustain(threads, seconds, k -> {
            Work w = work.get(k % work.size());
            String lesson = w.lessons().get((k / work.size()) % w.lessons().size());
            SystemUser.runAs(w.learner(), () -> learning.completeLesson(w.course(), lesson));
        });
        long calls = outcome[0];
        long failures = outcome[1];
        double elapsed = (System.nanoTime() - start) / 1e9;
        long made = count(jdbc, "learning_record") - before;
        line(String.format(Locale.ROOT, "Recording progress, sustained %.0f s with %d threads over %d learners: "
                        + "%.0f completeLesson calls/s (%d calls, %d failed), %.0f new learning records/s (%d records; "
                        + "a repeated lesson is recorded once, and each call also updates item, course and summary rows).",
                elapsed, threads, work.size(), (double) calls / elapsed, calls, failures, made / elapsed, made));
        line("");
    }

    /**
     * The batch path of recording: a coach logs a facilitated session, and every member present completes the
     * lessons covered, in one transaction (FacilitatedLearning) — as an offline session's records arrive.
     */
    private void facilitatedBench(ConfigurableApplicationContext context, JdbcClient jdbc, int seconds) throws Exception {
        SignedInUser coach = busiestCoach(jdbc, "asc");
        List<Long> cboIds = jdbc.sql("select cbo_id from coach_assignment where coach_person_id = ? and end_date is null order by cbo_id")
                .param(coach.personId()).query(Long.class).list();
        List<String> courses = jdbc.sql("select id from course where id like 'gen-course-%' order by id").query(String.class).list();
        Map<String, List<String>> lessons = new HashMap<>();
        for (String course : courses) {
            lessons.put(course, jdbc.sql("""
                    select l.id from lesson l join course_module m on m.id = l.module_id
                    where l.course_id = ? and not l.retired order by m.position, l.position""").param(course)
                    .query(String.class).list());
        }
        CoachingSessions sessions = context.getBean(CoachingSessions.class);
        if (courses.isEmpty() || cboIds.isEmpty()) {
            line("Recording in facilitated sessions: no generated courses (gen-course-…) or no coached CBOs; skipped.");
            return;
        }
        long before = count(jdbc, "learning_record");
        int threads = Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        long[] outcome = sustain(threads, seconds, k -> {
            long cbo = cboIds.get(k % cboIds.size());
            String course = courses.get((k / cboIds.size()) % courses.size());
            java.util.Set<Long> present = new java.util.HashSet<>(jdbc.sql(
                    "select person_id from membership where cbo_id = ? and end_date is null").param(cbo)
                    .query(Long.class).list());
            SystemUser.runAs(coach, () -> sessions.log(new org.kasang.coaching.NewSession(cbo,
                    org.kasang.coaching.SessionKind.FACILITATED, LocalDate.now(), List.of("Benchmark"), null,
                    present, List.of(), course, lessons.get(course))));
        });
        long logged = outcome[0];
        long failures = outcome[1];
        double elapsed = (System.nanoTime() - start) / 1e9;
        long made = count(jdbc, "learning_record") - before;
        line(String.format(Locale.ROOT, "Recording progress in facilitated sessions, sustained %.0f s with %d threads: "
                        + "%d sessions (%d failed), %.0f new learning records/s (%d records, each with its item, course "
                        + "and summary rows; a lesson a member had completed already is not recorded again).",
                elapsed, threads, logged, failures, made / elapsed, made));
        line("");
    }

    /**
     * Runs step(0), step(1)… on {@code threads} threads for {@code seconds}, thread t taking t, t + threads, …
     * @return how many steps succeeded and how many threw
     */
    private static long[] sustain(int threads, int seconds, java.util.function.IntConsumer step) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            running.add(pool.submit(() -> {
                for (int k = offset; !stop.get(); k += threads) {
                    try {
                        step.accept(k);
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        Thread.sleep(Duration.ofSeconds(seconds).toMillis());
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new long[] {done.get(), failed.get()};
    }

    // ---- EXPLAIN of the dashboard queries --------------------------------------------------------------------

    private void explainDashboards(ConfigurableApplicationContext context, JdbcClient jdbc, EmbeddedPostgres postgres)
            throws IOException {
        jdbc.sql("alter database kasang set session_preload_libraries = 'auto_explain'").update();
        for (String setting : List.of("auto_explain.log_min_duration = 0", "auto_explain.log_analyze = on",
                "auto_explain.log_buffers = on", "auto_explain.log_nested_statements = on")) {
            jdbc.sql("alter database kasang set " + setting).update();
        }
        var pool = context.getBean(com.zaxxer.hikari.HikariDataSource.class);
        pool.getHikariPoolMXBean().softEvictConnections();
        SignedInUser coach = busiestCoach(jdbc);
        long cbo = jdbc.sql("select cbo_id from coach_assignment where coach_person_id = ? and end_date is null order by cbo_id limit 1")
                .param(coach.personId()).query(Long.class).single();
        Path pgLog = out.resolve("benchmark-pg-logs/postgres.log");
        long from = Files.exists(pgLog) ? Files.size(pgLog) : 0;
        as(coach, () -> {
            context.getBean(CoachingService.class).myCbos(CboList.all(), PageRequest.of(0, 50)).getContent();
            context.getBean(NeedsAttention.class).now();
            context.getBean(CoachingSessions.class).overdue(PageRequest.of(0, 20)).getContent();
            context.getBean(CoachingService.class).members(cbo, PageRequest.of(0, 50)).getContent();
            return null;
        });
        jdbc.sql("alter database kasang reset all").update();
        pool.getHikariPoolMXBean().softEvictConnections();
        String logged = Files.exists(pgLog) ? Files.readString(pgLog).substring((int) Math.min(from, Files.size(pgLog))) : "";
        Files.writeString(out.resolve("benchmarks-explain.txt"), logged);
        line("EXPLAIN (ANALYZE, BUFFERS) of the coach dashboard's queries: platform/target/benchmarks-explain.txt ("
                + logged.lines().filter(l -> l.contains("duration:")).count() + " statements).");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** --demo: the demo programme instead of generated data, to try the harness on a small database. */
    private static boolean demoData;

    private static ConfigurableApplicationContext context(String url, boolean importCourses) {
        return context(url, importCourses, Map.of());
    }

    private static ConfigurableApplicationContext context(String url, boolean importCourses, Map<String, String> more) {
        Map<String, Object> properties = new HashMap<>(more);
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.maximum-pool-size", "10");
        properties.put("kasang.demo-data", String.valueOf(demoData && importCourses));
        properties.put("kasang.courses.import-on-start-up", String.valueOf(importCourses));
        properties.put("kasang.indicators.refresh-cron", "-");
        properties.put("logging.level.root", "warn");
        // A web application on a free port: security and Vaadin need their web context, as in production.
        properties.put("server.port", "0");
        properties.put("vaadin.launch-browser", "false");
        // As command-line arguments, which outrank application.properties (builder "properties" do not).
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET).run(args);
    }

    private <T> T as(SignedInUser user, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        SystemUser.runAs(user, () -> result.add(work.get()));
        return result.get(0);
    }

    private void time(String name, int warmup, int n, Runnable operation, String note) {
        for (int i = 0; i < warmup; i++) {
            operation.run();
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            operation.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |", name, n, ms(nanos[n / 2]),
                ms(nanos[(int) Math.ceil(n * 0.95) - 1]), ms(nanos[n - 1]), note));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
            }
        }
        return options;
    }
}

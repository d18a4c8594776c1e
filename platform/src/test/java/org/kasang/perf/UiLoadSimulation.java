package org.kasang.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.kasang.perf.Uidl.confirmGridUpdates;
import static org.kasang.perf.Uidl.roundTrip;
import static org.kasang.perf.Uidl.signIn;

/**
 * The real UI under load, through Vaadin's UIDL protocol (issue 8). Learners sign in, find budget literacy,
 * enrol, take the pre-test, read the first three lessons ("Mark as done and continue") and pass the module quiz;
 * coaches sign in, open their dashboard and two of their CBOs. Every virtual learner is a different person
 * ({@link LoadTestAccounts}); coaches are the demo coaches dara and mony. When every virtual user is through,
 * their sessions are kept open (the users wait) so that the heap per session can be measured; see
 * {@code scripts/load-test} and docs/performance.md.
 *
 * <p>System properties ({@code -Dkasang.perf.…}): {@code base-url} (http://localhost:8080), {@code users} (500,
 * the sessions at the end), {@code coach-share} (0.1), {@code ramp-seconds} (300), {@code think-seconds} (2-5,
 * between taps), {@code learner-prefix} (load-), {@code jdbc-url} (when set, the learner accounts are made
 * first), {@code ready-file} (written when every user is through), {@code release-file} and
 * {@code hold-seconds} (0: users end at once; else they wait up to this long, or until the release file
 * exists), {@code report-file} (the table of response times, Markdown).
 */
public class UiLoadSimulation extends Simulation {

    private static final String COURSE = "budget-literacy";
    private static final String BASE_URL = setting("base-url", "http://localhost:8080");
    private static final int USERS = Integer.parseInt(setting("users", "500"));
    private static final int COACHES = (int) Math.round(USERS * Double.parseDouble(setting("coach-share", "0.1")));
    private static final int LEARNERS = USERS - COACHES;
    private static final Duration RAMP = Duration.ofSeconds(Long.parseLong(setting("ramp-seconds", "300")));
    private static final String[] THINK = setting("think-seconds", "2-5").split("-");
    private static final String PREFIX = setting("learner-prefix", "load-");
    private static final String JDBC_URL = setting("jdbc-url", "");
    private static final String READY_FILE = setting("ready-file", "");
    private static final String RELEASE_FILE = setting("release-file", "");
    private static final String REPORT_FILE = setting("report-file", "");
    private static final Duration HOLD = Duration.ofSeconds(Long.parseLong(setting("hold-seconds", "0")));
    private static final List<String> COACH_ACCOUNTS = List.of("dara", "mony");
    private static final String COACH_PASSWORD = "kasang-coach-demo";

    private final AtomicInteger learnersStarted = new AtomicInteger();
    private final AtomicInteger coachesStarted = new AtomicInteger();
    private final AtomicInteger through = new AtomicInteger();

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptHeader("*/*")
                .acceptLanguageHeader("en-US,en;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/156.0.0.0 Mobile Safari/537.36");

        ScenarioBuilder learners = scenario("learners")
                .exec(session -> session.set("username",
                        LoadTestAccounts.username(PREFIX, learnersStarted.incrementAndGet())))
                .exitBlockOnFail().on(learnerJourney())
                .exec(hold());
        ScenarioBuilder coaches = scenario("coaches")
                .exec(session -> session.set("username",
                        COACH_ACCOUNTS.get(coachesStarted.getAndIncrement() % COACH_ACCOUNTS.size())))
                .exitBlockOnFail().on(coachJourney())
                .exec(hold());

        List<io.gatling.javaapi.core.PopulationBuilder> populations = new ArrayList<>();
        populations.add(learners.injectOpen(rampUsers(LEARNERS).during(RAMP)));
        if (COACHES > 0) {
            populations.add(coaches.injectOpen(rampUsers(COACHES).during(RAMP)));
        }
        setUp(populations).protocols(protocol);
    }

    @Override
    public void before() {
        System.out.printf("UI load test: %d learners and %d coaches against %s, ramp %s, think %s s, hold %s%n",
                LEARNERS, COACHES, BASE_URL, RAMP, String.join("-", THINK), HOLD);
        if (!JDBC_URL.isBlank()) {
            try {
                System.out.printf("%d new learner accounts %s0001…%n", LoadTestAccounts.prepare(JDBC_URL, PREFIX, LEARNERS), PREFIX);
            } catch (SQLException e) {
                throw new IllegalStateException("could not prepare the learner accounts", e);
            }
        }
    }

    @Override
    public void after() {
        String table = Timings.table();
        System.out.println("\nResponse times of the UI load test (all responses, OK or not; Gatling's console counts the KOs):\n" + table);
        if (!REPORT_FILE.isBlank()) {
            write(Path.of(REPORT_FILE), table);
        }
    }

    /** Sign in, enrol, pre-test, three lessons, the module quiz passed, back to the course. */
    private static ChainBuilder learnerJourney() {
        QuizAnswers preTest = QuizAnswers.of(COURSE, "pre-test.yaml");
        QuizAnswers moduleQuiz = QuizAnswers.of(COURSE, "quiz-commune-plans.yaml");
        return signIn("#{username}", LoadTestAccounts.PASSWORD, ui -> ui.requireNew("find-courses"))
                .exec(think())
                .exec(roundTrip("uidl find courses", ui -> ui.click("find-courses"),
                        ui -> ui.requireNew("catalogue-open-" + COURSE)))
                .exec(think())
                .exec(roundTrip("uidl enrol", ui -> ui.click("catalogue-open-" + COURSE),
                        ui -> ui.requireNew("course-continue")))
                .exec(think())
                .exec(roundTrip("uidl start course", ui -> ui.click("course-continue"), ui -> ui.requireNew("quiz-submit")))
                .exec(answer(preTest))
                .exec(roundTrip("uidl submit quiz", ui -> ui.click("quiz-submit"), ui -> ui.requireNew("quiz-back")))
                .exec(think())
                .exec(roundTrip("uidl back to course", ui -> ui.click("quiz-back"), ui -> ui.requireNew("course-continue")))
                .exec(think())
                .exec(roundTrip("uidl continue course", ui -> ui.click("course-continue"),
                        ui -> ui.requireNew("lesson-complete")))
                .exec(think())
                .exec(roundTrip("uidl mark lesson done", ui -> ui.click("lesson-complete"),
                        ui -> ui.requireNew("lesson-complete")))
                .exec(think())
                .exec(roundTrip("uidl mark lesson done", ui -> ui.click("lesson-complete"),
                        ui -> ui.requireNew("lesson-complete")))
                .exec(think())
                .exec(roundTrip("uidl mark lesson done", ui -> ui.click("lesson-complete"),
                        ui -> ui.requireNew("quiz-submit")))
                .exec(answer(moduleQuiz))
                .exec(roundTrip("uidl submit quiz", ui -> ui.click("quiz-submit"), ui -> {
                    if (!ui.hasClass("quiz-result", "passed")) {
                        throw new IllegalStateException("the quiz was not passed");
                    }
                }))
                .exec(think())
                .exec(roundTrip("uidl back to course", ui -> ui.click("quiz-back"), ui -> ui.requireNew("course-continue")));
    }

    /** Ticks the right options, question by question, one round trip per tick. */
    private static ChainBuilder answer(QuizAnswers quiz) {
        ChainBuilder ticks = exec(pause(Duration.ofMillis(500)));
        for (Map.Entry<String, Set<String>> question : quiz.rightLabels().entrySet()) {
            List<String> ticked = new ArrayList<>();
            for (String label : question.getValue()) {
                ticked.add(label);
                List<String> soFar = List.copyOf(ticked);
                ticks = ticks.exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                        .exec(roundTrip("uidl choose answer",
                                ui -> ui.tick("question-" + question.getKey(), label, soFar), ui -> { }));
            }
        }
        return ticks;
    }

    /** Sign in to the dashboard, open a CBO, back to the dashboard through the menu, open another CBO. */
    private static ChainBuilder coachJourney() {
        return signIn("#{username}", COACH_PASSWORD, ui -> {
                    ui.requireNew("my-cbos");
                    if (ui.gridKeys("my-cbos").isEmpty()) {
                        throw new IllegalStateException("the dashboard shows no CBO");
                    }
                })
                .exec(confirmGridUpdates())
                .exec(think())
                .exec(openCbo())
                .exec(think())
                .exec(roundTrip("uidl open dashboard", ui -> ui.navigate("coach", "", "client"),
                        ui -> ui.requireNew("my-cbos")))
                .exec(confirmGridUpdates())
                .exec(think())
                .exec(openCbo());
    }

    private static ChainBuilder openCbo() {
        return exec(roundTrip("uidl open CBO", ui -> {
                    List<String> keys = ui.gridKeys("my-cbos");
                    return ui.clickRow("my-cbos", keys.get(ThreadLocalRandom.current().nextInt(keys.size())));
                }, ui -> ui.requireNew("cbo-members")))
                .exec(confirmGridUpdates());
    }

    private static ChainBuilder think() {
        return exec(pause(Duration.ofSeconds(Long.parseLong(THINK[0])), Duration.ofSeconds(Long.parseLong(THINK[THINK.length - 1]))));
    }

    /**
     * The user is through: once all are, the ready file says so; the session then stays open (no request: Vaadin's
     * heartbeat comes every 5 minutes, the HTTP session lasts 60) until the release file appears or the hold ends.
     */
    private ChainBuilder hold() {
        return exec(session -> {
            if (through.incrementAndGet() == USERS && !READY_FILE.isBlank()) {
                write(Path.of(READY_FILE), USERS + " users through at " + Instant.now() + "\n");
            }
            return session.set("holdUntil", System.nanoTime() + HOLD.toNanos());
        }).exec(asLongAs(UiLoadSimulation::holding).on(pause(Duration.ofSeconds(1))));
    }

    private static boolean holding(Session session) {
        return System.nanoTime() < session.getLong("holdUntil")
                && (RELEASE_FILE.isBlank() || !Files.exists(Path.of(RELEASE_FILE)));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String name, String otherwise) {
        return System.getProperty("kasang.perf." + name, otherwise);
    }
}

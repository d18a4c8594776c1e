package org.kasang.scale;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills a PostgreSQL database with a deterministic national programme (see {@link Options}), through
 * {@code COPY}, and reports what it made. Plain JDBC and Flyway: no Spring context, so it runs from a command line or
 * inside a test against a fresh database. Each table is loaded in its own transaction: a run that fails leaves a
 * half-filled database, to be dropped.
 */
public final class ProgrammeGenerator {

    private final DataSource dataSource;
    private final Options options;

    public ProgrammeGenerator(DataSource dataSource, Options options) {
        this.dataSource = dataSource;
        this.options = options;
    }

    /** Refused: the database has CBOs already and --force was not given, or holds a generated programme. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public Report generate() throws SQLException {
        Options o = options;
        Report report = new Report();
        report.phase("migrations");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        Seeds seeds = new Seeds(o.seed());
        int untilDay = (int) o.until().toEpochDay();
        int startDay = untilDay - o.days();
        List<Connection> connections = new ArrayList<>();
        try {
            for (int k = 0; k < 5; k++) {
                connections.add(connection());
            }
            Connection main = connections.get(0);
            refuseUnlessEmpty(main);
            long[] bases = maxIds(main, "cbo", "person", "account", "membership", "coach_assignment", "coaching_session",
                    "submission", "milestone", "self_assessment");

            Deferred deferred = Deferred.drop(main, "learning_record", "item_state", "course_state");

            report.phase("catalogue");
            List<Courses.Course> courses = Courses.generate(o.courses(), seeds);
            Courses.write(main, courses, Time.at(startDay - 45, 10, 0), report);

            report.phase("organisations");
            Registry registry = new Registry();
            registry.places(main, o.allProvinces(), report);
            registry.people(o, seeds, startDay, untilDay, bases);
            Organisations.write(main, registry, o, seeds, startDay, report);

            report.phase("indicator set-up");
            Map<String, Long> areas = Capacity.setUp(main, courses, startDay, untilDay, report);

            report.phase("calibration");
            Learning learning = new Learning(registry, courses, seeds, startDay, untilDay, bases[5], bases[6]);
            calibrate(learning, o, report);

            report.phase("coaching sessions");
            try (Copy sessions = new Copy(main, "coaching_session", "id, cbo_id, coach_person_id, kind, held_on, topics, "
                    + "notes, course_id, recorded_at")) {
                learning.walk(new CoachingTables.Sessions(sessions, registry, courses), false);
                report.rows("coaching_session", sessions.finish());
            }

            report.phase("learning states");
            LearningTables.States states = new LearningTables.States(connections, registry, courses.size());
            try {
                learning.walk(states, true);
                states.finish(main, courses, report);
            } finally {
                states.close();
            }

            report.phase("reviews, attendance");
            try (Copy reviews = new Copy(connections.get(0), "submission_review", "submission_id, revision, reviewer_id, "
                    + "scores, points, max_points, feedback, decision, reviewed_at, answers, file_names");
                 Copy present = new Copy(connections.get(1), "session_attendance", "session_id, person_id");
                 Copy actions = new Copy(connections.get(2), "follow_up_action", "session_id, description, owner, due_on, "
                         + "done_at, done_by")) {
                Learning.Sink review = new LearningTables.Reviews(reviews, registry);
                Learning.Sink attendance = new CoachingTables.Attendance(present, actions, registry);
                learning.walk(new Learning.Sink() {
                    @Override
                    public void cbo(Plan plan) {
                        attendance.cbo(plan);
                    }

                    @Override
                    public void enrolment(Trace trace) {
                        review.enrolment(trace);
                    }
                }, true);
                report.rows("submission_review", reviews.finish());
                report.rows("session_attendance", present.finish());
                report.rows("follow_up_action", actions.finish());
            }

            report.phase("milestones, assessments");
            Capacity.cbos(connections, registry, seeds, areas, startDay, untilDay, new long[] {bases[7], bases[8]}, report);

            report.phase("learning records");
            try (Copy copy = new Copy(main, "learning_record", LearningTables.RECORD_COLUMNS)) {
                LearningTables.Records records = new LearningTables.Records(copy, startDay, untilDay, o.timeSlices());
                for (int slice = 0; slice < o.timeSlices(); slice++) {
                    records.slice(slice);
                    learning.walk(records, true);
                }
                report.rows("learning_record", copy.finish());
            }

            report.phase("indexes and keys");
            deferred.restore(main);
            report.note("indexes and keys", deferred.count() + " of learning_record, item_state and course_state set "
                    + "aside during the load and built again after it");

            report.phase("sequences, vacuum analyze");
            resetSequences(main);
            try (Statement s = main.createStatement()) {
                s.execute("vacuum (analyze)");
            }
            report.note("database size", size(main));
            report.note("cbo_capacity", "left empty: it derives from the evidence; an admin rebuilds it with "
                    + "Capacity areas ▸ Rebuild (CapacityStates.rebuild)");
            report.note("indicator values", "not computed: the report computes them for a period on demand");
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
        report.finish();
        return report;
    }

    private Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // Each COPY is one transaction; losing the last ones in a crash only loses a generated database.
            s.execute("set synchronous_commit = off");
            s.execute("set maintenance_work_mem = '512MB'");
        }
        return c;
    }

    private void refuseUnlessEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from cbo), "
                     + "(select count(*) from course where id like 'gen-course-%')")) {
            rs.next();
            if (rs.getLong(2) > 0) {
                throw new Refused("the database holds a generated programme already: generate into a fresh database");
            }
            if (rs.getLong(1) > 0 && !options.force()) {
                throw new Refused("the database has " + rs.getLong(1) + " CBOs already: use --force to add a generated "
                        + "programme beside them, or a fresh database");
            }
        }
    }

    /** Ids of generated rows start after the largest there is, so an existing programme stays as it is. */
    private static long[] maxIds(Connection c, String... tables) throws SQLException {
        long[] max = new long[tables.length];
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + tables[i])) {
                    rs.next();
                    max[i] = rs.getLong(1);
                }
            }
        }
        return max;
    }

    /**
     * Finds how many courses learners take so that the records come to the number asked for: records grow about
     * linearly with enrolments, so a few counting passes (cheap, nothing written) settle it.
     */
    private static void calibrate(Learning learning, Options o, Report report) {
        Learning.Sink nothing = new Learning.Sink() {
        };
        learning.extraCourses = 2;
        long made = learning.walk(nothing, true);
        double previousX = Double.NaN, previousMade = Double.NaN;
        for (int round = 0; round < 6 && made > 0 && Math.abs((double) o.records() / made - 1) > 0.002; round++) {
            double x = learning.extraCourses;
            double next = Double.isNaN(previousX) || made == previousMade
                    ? (1 + x) * o.records() / made - 1                                   // proportional first step
                    : x + (o.records() - made) * (x - previousX) / (made - previousMade);  // then secant steps
            previousX = x;
            previousMade = made;
            learning.extraCourses = Math.min(o.courses(), Math.max(0, next));
            made = learning.walk(nothing, true);
        }
        report.note("learning records", String.format("%,d asked, %,d made; learners take 1 + Poisson(%.3f) courses",
                o.records(), made, learning.extraCourses));
    }

    private static void resetSequences(Connection c) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select table_name, column_name from information_schema.columns
                     where table_schema = current_schema() and is_identity = 'YES' order by table_name""")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] t : identities) {
                s.execute("select setval(pg_get_serial_sequence('" + t[0] + "', '" + t[1] + "'), coalesce(max(" + t[1]
                        + "), 0) + 1, false) from " + t[0]);
            }
        }
    }

    private static String size(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_database_size(current_database()), "
                     + "pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(2) + " (" + rs.getLong(1) + " bytes)";
        }
    }
}

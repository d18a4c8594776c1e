package org.kasang.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Work that must happen once although several platform nodes share the database (docs/scale-out.md): every node's
 * scheduler fires, every node runs its start-up tasks, and PostgreSQL's advisory locks decide who works.
 */
@Component
public class SingleRun {

    private static final Logger log = LoggerFactory.getLogger(SingleRun.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node;

    SingleRun(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
              @Value("${kasang.node-name:}") String node) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.node = node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
    }

    /** This node's name in {@code job_run} and the logs: {@code kasang.node-name}, else pid@host. */
    public String node() {
        return node;
    }

    /**
     * A scheduled job's run, done by one node per tick. In one transaction: take the job's advisory lock without
     * waiting (a node that is working holds it), then skip if any node started the job less than {@code minGap}
     * ago (a node whose clock or scheduler fired a little later), else record the run in {@code job_run}, do the
     * work and record its outcome. A failing job rolls back with its record, so the next tick tries again.
     *
     * @return whether this node did the work
     */
    public boolean oncePerTick(String job, Duration minGap, Supplier<String> work) {
        Boolean ran = transaction.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?))").param("job:" + job)
                    .query(Boolean.class).single();
            if (!locked) {
                log.info("Job {}: skipped on {}, another node is running it", job, node);
                return false;
            }
            Instant now = clock.instant();
            var last = jdbc.sql("select max(started_at) from job_run where job = ?").param(job)
                    .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
            if (last.isPresent() && last.get().isAfter(now.minus(minGap))) {
                log.info("Job {}: skipped on {}, already run at {}", job, node, last.get());
                return false;
            }
            long run = jdbc.sql("insert into job_run (job, node, started_at) values (?, ?, ?) returning id")
                    .params(job, node, java.sql.Timestamp.from(now)).query(Long.class).single();
            String outcome = work.get();
            jdbc.sql("update job_run set finished_at = ?, outcome = ? where id = ?")
                    .params(java.sql.Timestamp.from(clock.instant()), outcome, run).update();
            log.info("Job {}: ran on {}: {}", job, node, outcome);
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    /**
     * Runs start-up work on one node at a time: a session advisory lock, held on a connection of its own for as
     * long as the work takes (the work opens its own transactions). Another node waits, then runs the same work,
     * which must see that it has been done (importers and the demo data check before they write).
     */
    public void exclusively(String what, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            call(connection, "select pg_advisory_lock(hashtext(?))", what);
            try {
                work.run();
            } finally {
                call(connection, "select pg_advisory_unlock(hashtext(?))", what);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("advisory lock for " + what, e);
        }
    }

    private static void call(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.execute();
        }
    }
}

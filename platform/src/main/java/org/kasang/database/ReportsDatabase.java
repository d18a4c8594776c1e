package org.kasang.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Where heavy report reads run: on a PostgreSQL hot standby when one is configured
 * ({@code kasang.reports.datasource.url}), otherwise on the primary as every other read (docs/scale-out.md,
 * decision 019).
 *
 * <p>A read goes to the standby only once the standby has replayed everything the primary had written when the
 * read was asked for: the primary's WAL position is taken first, and the standby must reach it within
 * {@code kasang.reports.standby-max-wait}. So a report read from the standby sees every change committed before
 * it, the admin's own included, and is never older than the same read on the primary would have been. A standby
 * that is behind, unreachable, not a standby, or that cancels the read (a conflict with recovery) sends the read
 * to the primary; an unreachable one is left alone for {@code kasang.reports.standby-retry-after}.
 *
 * <p>Not a {@code DataSource} bean on purpose: Spring Boot's primary DataSource, Flyway and JPA stay as they are,
 * and nothing but the readers given a {@link JdbcClient} here can touch the standby.
 */
@Component
public class ReportsDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportsDatabase.class);
    private static final String METER = "kasang.reports.reads";
    /** Sizes of PostgreSQL's WAL page headers (XLogPageHeaderData, and XLogLongPageHeaderData at a segment start). */
    private static final long SHORT_PAGE_HEADER = 24;
    private static final long LONG_PAGE_HEADER = 40;

    /** Which database answered a report read: the {@code database} tag of the {@code kasang.reports.reads} counter. */
    public enum Source { PRIMARY, STANDBY }

    /** A read-only piece of work over whichever database is chosen. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(JdbcClient jdbc);
    }

    private final JdbcClient primary;
    private final HikariDataSource standbyPool;
    private final JdbcClient standby;
    private final TransactionTemplate standbyTransaction;
    private final Duration maxWait;
    private final Duration retryAfter;
    private final MeterRegistry meters;
    /** System.nanoTime() before which the standby is not tried (it could not be reached); 0: try it */
    private volatile long standbyAvoidedUntil;

    ReportsDatabase(DataSource primary, MeterRegistry meters,
                    @Value("${kasang.reports.datasource.url:}") String url,
                    @Value("${kasang.reports.datasource.username:}") String username,
                    @Value("${kasang.reports.datasource.password:}") String password,
                    @Value("${kasang.reports.datasource.maximum-pool-size:4}") int poolSize,
                    @Value("${kasang.reports.standby-max-wait:PT2S}") Duration maxWait,
                    @Value("${kasang.reports.standby-retry-after:PT30S}") Duration retryAfter) {
        this.primary = JdbcClient.create(primary);
        this.meters = meters;
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
        if (url.isBlank()) {
            standbyPool = null;
            standby = null;
            standbyTransaction = null;
            return;
        }
        standbyPool = new HikariDataSource();
        standbyPool.setPoolName("kasang-reports");
        standbyPool.setJdbcUrl(url);
        standbyPool.setUsername(username);
        standbyPool.setPassword(password);
        standbyPool.setReadOnly(true);
        standbyPool.setMaximumPoolSize(poolSize);
        standbyPool.setMinimumIdle(0);
        // A standby that is down must cost a report a second, not Hikari's default half minute
        standbyPool.setConnectionTimeout(1_000);
        // The platform starts, and reports read the primary, while the standby is still being cloned
        standbyPool.setInitializationFailTimeout(-1);
        standbyPool.addDataSourceProperty("ApplicationName", "kasang-reports");
        standby = JdbcClient.create(standbyPool);
        standbyTransaction = new TransactionTemplate(new DataSourceTransactionManager(standbyPool));
        standbyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        standbyTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        standbyTransaction.setReadOnly(true);
        log.info("Heavy report reads go to the standby at {} when it has caught up (within {}), else to the primary",
                url, maxWait);
    }

    /**
     * Runs the reading on the standby, in one read-only repeatable-read transaction there (all its queries see the
     * same moment), when the standby has caught up with the primary; otherwise on the primary, within the caller's
     * transaction. The reading must not write and may run twice (once on each) if the standby cancels it.
     */
    public <T> T read(Reading<T> reading) {
        return read(reading, true);
    }

    /**
     * As {@link #read}, for a reading that writes its result out as it goes (an export streamed to a file): it runs
     * once, so a failure on the standby midway is not followed by a second run on the primary that would write the
     * first rows twice; the caller sees the failure.
     */
    public <T> T stream(Reading<T> reading) {
        return read(reading, false);
    }

    private <T> T read(Reading<T> reading, boolean again) {
        if (standby == null) {
            return onPrimary(reading, "no-standby");
        }
        if (standbyAvoidedUntil != 0 && System.nanoTime() - standbyAvoidedUntil < 0) {
            return onPrimary(reading, "unreachable");
        }
        String target = primaryPosition();
        String reason;
        try {
            reason = caughtUp(target);
        } catch (DataAccessException e) {
            standbyAvoidedUntil = System.nanoTime() + retryAfter.toNanos();
            log.warn("The reports standby cannot be reached ({}); report reads use the primary for {}",
                    e.getMostSpecificCause().getMessage(), retryAfter);
            return onPrimary(reading, "unreachable");
        }
        if (reason != null) {
            return onPrimary(reading, reason);
        }
        T result;
        try {
            result = standbyTransaction.execute(status -> reading.read(standby));
        } catch (DataAccessException e) {
            if (!again) {
                throw e;
            }
            log.warn("A report read failed on the standby ({}); reading the primary instead",
                    e.getMostSpecificCause().getMessage());
            return onPrimary(reading, "failed");
        }
        count(Source.STANDBY, "caught-up");
        return result;
    }

    /** Where the primary's WAL stands now: every commit that has returned ends at or before it. */
    private String primaryPosition() {
        return recordEnd(primary.sql("""
                        select pg_current_wal_insert_lsn()::text || ' ' || current_setting('wal_block_size')
                               || ' ' || (select setting from pg_settings where name = 'wal_segment_size')""")
                .query(String.class).single());
    }

    /** @return null when the standby has replayed up to the primary's position in time, else why not */
    private String caughtUp(String target) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = 5;
        while (true) {
            String state = standby.sql("""
                            select case when not pg_is_in_recovery() then 'not-a-standby'
                                        when pg_wal_lsn_diff(pg_last_wal_replay_lsn(), cast(? as pg_lsn)) >= 0 then 'ready'
                                        else 'behind' end""")
                    .param(target).query(String.class).single();
            if (state.equals("not-a-standby")) {
                log.warn("The reports database is not a standby (not in recovery); report reads use the primary");
                return state;
            }
            if (state.equals("ready")) {
                return null;
            }
            if (System.nanoTime() - deadline >= 0) {
                log.info("The reports standby has not replayed the primary's {} within {}; reading the primary",
                        target, maxWait);
                return "behind";
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            pause = Math.min(pause * 2, 100);
        }
    }

    /**
     * The primary's WAL insert position as the end of the last record written, which is what the standby's replay
     * position is. The insert position, not the write or flush position: a commit made with
     * {@code synchronous_commit = off} returns before its record is written, and must still be seen. When the last
     * record ends at a page boundary, the insert position points past the next page's header, where replay will
     * never stand while the primary is idle: that header is taken off.
     *
     * @param position "insert-lsn block-size segment-size", e.g. "0/3000028 8192 16777216"
     */
    static String recordEnd(String position) {
        String[] parts = position.split(" ");
        String[] lsn = parts[0].split("/");
        long at = (Long.parseLong(lsn[0], 16) << 32) | Long.parseLong(lsn[1], 16);
        long block = Long.parseLong(parts[1]);
        long segment = Long.parseLong(parts[2]);
        long inPage = at % block;
        if (inPage == SHORT_PAGE_HEADER || (inPage == LONG_PAGE_HEADER && at % segment == LONG_PAGE_HEADER)) {
            at -= inPage;
        }
        return Long.toHexString(at >>> 32).toUpperCase() + "/" + Long.toHexString(at & 0xFFFFFFFFL).toUpperCase();
    }

    private <T> T onPrimary(Reading<T> reading, String reason) {
        T result = reading.read(primary);
        count(Source.PRIMARY, reason);
        return result;
    }

    private void count(Source source, String reason) {
        meters.counter(METER, "database", source.name().toLowerCase(), "reason", reason).increment();
    }

    @Override
    public void destroy() {
        if (standbyPool != null) {
            standbyPool.close();
        }
    }
}

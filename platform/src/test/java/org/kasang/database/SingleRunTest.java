package org.kasang.database;

import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One node works per tick: here the "nodes" are threads of one platform on one database, as nodes share it.
 * {@code TwoInstancesJourneyTest} does the same with two platform processes.
 */
class SingleRunTest extends IntegrationTest {

    @Autowired
    SingleRun singleRun;
    @Autowired
    JdbcClient jdbc;

    @Test
    void of_two_nodes_firing_at_once_one_does_the_work_and_a_late_one_skips_it() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger done = new AtomicInteger();
        CountDownLatch bothReady = new CountDownLatch(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                ran.add(nodes.submit(() -> {
                    bothReady.countDown();
                    bothReady.await();
                    return singleRun.oncePerTick(job, Duration.ofMinutes(5), () -> {
                        done.incrementAndGet();
                        return "worked";
                    });
                }));
            }
            int ranHere = 0;
            for (Future<Boolean> result : ran) {
                ranHere += result.get() ? 1 : 0;
            }
            assertThat(ranHere).isEqualTo(1);
        } finally {
            nodes.shutdown();
        }
        // A node whose scheduler fires later, within the gap, finds the run done.
        assertThat(singleRun.oncePerTick(job, Duration.ofMinutes(5), () -> {
            done.incrementAndGet();
            return "again";
        })).isFalse();
        assertThat(done).hasValue(1);
        assertThat(jdbc.sql("select count(*) from job_run where job = ? and outcome = 'worked' and finished_at is not null")
                .param(job).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_failing_run_leaves_no_record_so_the_next_tick_tries_again() {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            singleRun.oncePerTick(job, Duration.ofMinutes(5), () -> {
                throw new IllegalStateException("database busy");
            });
        } catch (IllegalStateException expected) {
            // the job's own failure
        }
        assertThat(singleRun.oncePerTick(job, Duration.ofMinutes(5), () -> "worked")).isTrue();
    }

    @Test
    void start_up_work_runs_on_one_node_at_a_time() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> singleRun.exclusively("test-start-up", () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                })));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        assertThat(most).hasValue(1);
    }
}

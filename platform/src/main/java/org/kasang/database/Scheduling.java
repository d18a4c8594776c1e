package org.kasang.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on every node; each decides with {@link SingleRun} whether it is the one to work. Tests
 * switch the crons off with "-".
 */
@Configuration
@EnableScheduling
class Scheduling {
}

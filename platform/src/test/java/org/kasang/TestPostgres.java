package org.kasang;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One throw-away PostgreSQL 17 per test JVM, shared by every Spring context; gone when the JVM ends. */
final class TestPostgres {

    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    static synchronized EmbeddedPostgres get() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary directory goes with it
                }
            }));
        }
        return postgres;
    }
}

package org.kasang;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/** One throw-away PostgreSQL 17 per test JVM, shared by every Spring context; gone when the JVM ends. */
public final class TestPostgres {

    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres get() {
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

    /**
     * The JDBC URL of a new, empty database of this name in the shared PostgreSQL (dropped first if a test of
     * this JVM made it already): for a Spring context that must not share its data, e.g. one with demo data.
     */
    public static String freshDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(name);
        }
        try (var connection = get().getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return get().getJdbcUrl("postgres", name);
    }
}

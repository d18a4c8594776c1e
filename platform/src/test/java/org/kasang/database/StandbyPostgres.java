package org.kasang.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A streaming hot standby of an embedded PostgreSQL, as {@code pg_basebackup -R} would make it (the embedded
 * binaries have no pg_basebackup): a physical replication slot, the low-level backup API around a copy of the
 * primary's data directory, then {@code standby.signal} and {@code primary_conninfo}. The standby replays
 * everything the primary writes, as the compose override's {@code postgres-replica} does.
 */
public final class StandbyPostgres implements Closeable {

    private static final String SLOT = "kasang_test_standby";
    /** What a base backup leaves out (PostgreSQL's "Making a Base Backup Using the Low Level API"), and zonky's lock. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map");
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private final EmbeddedPostgres primary;
    private final EmbeddedPostgres standby;
    private final Path directory;

    private StandbyPostgres(EmbeddedPostgres primary, EmbeddedPostgres standby, Path directory) {
        this.primary = primary;
        this.standby = standby;
        this.directory = directory;
    }

    /** Clones the running primary into a new directory and starts it there as a standby. */
    public static StandbyPostgres of(EmbeddedPostgres primary) {
        try {
            Path directory = Files.createTempDirectory("kasang-standby");
            try (Connection connection = primary.getPostgresDatabase().getConnection();
                 Statement sql = connection.createStatement()) {
                Path source;
                try (var rs = sql.executeQuery("show data_directory")) {
                    rs.next();
                    source = Path.of(rs.getString(1));
                }
                sql.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
                sql.execute("select pg_backup_start('kasang test standby', true)");
                copy(source, directory);
                try (var rs = sql.executeQuery("select labelfile from pg_backup_stop(false)")) {
                    rs.next();
                    Files.writeString(directory.resolve("backup_label"), rs.getString(1));
                }
            }
            Files.createFile(directory.resolve("standby.signal"));
            Files.writeString(directory.resolve("postgresql.auto.conf"), """

                    primary_conninfo = 'host=localhost port=%d user=postgres application_name=%s'
                    primary_slot_name = '%s'
                    hot_standby = on
                    hot_standby_feedback = on
                    """.formatted(primary.getPort(), SLOT, SLOT), StandardOpenOption.APPEND);
            EmbeddedPostgres standby = EmbeddedPostgres.builder().setDataDirectory(directory)
                    .setCleanDataDirectory(false).start();
            return new StandbyPostgres(primary, standby, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jdbcUrl(String database) {
        return standby.getJdbcUrl("postgres", database);
    }

    public DataSource database(String database) {
        return standby.getDatabase("postgres", database);
    }

    /** Stops applying what arrives from the primary (it still arrives), as a standby that falls behind. */
    public void pauseReplay() {
        execute("select pg_wal_replay_pause()");
    }

    public void resumeReplay() {
        execute("select pg_wal_replay_resume()");
    }

    private void execute(String statement) {
        try (Connection connection = standby.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the standby (a standby that went down) and drops its slot, so the primary keeps no WAL for it. */
    @Override
    public void close() {
        try {
            standby.close();
            try (Connection connection = primary.getPostgresDatabase().getConnection();
                 Statement sql = connection.createStatement()) {
                sql.execute("select pg_drop_replication_slot('" + SLOT + "')");
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return dir.getParent() != null && dir.getParent().equals(source)
                        && EMPTIED_DIRECTORIES.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!(file.getParent().equals(source) && SKIPPED_FILES.contains(file.getFileName().toString()))) {
                    try {
                        Files.copy(file, target.resolve(source.relativize(file).toString()));
                    } catch (NoSuchFileException gone) {
                        // a temporary file the running primary removed: the WAL replay restores what matters
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

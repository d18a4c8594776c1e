package org.kasang.scale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scale data command: {@code --jdbc-url/--user/--password} for a database of your own, or by default the same
 * embedded PostgreSQL as the app, in {@code KASANG_DATA_DIR} (default ~/.kasang/postgres), database "kasang".
 * Migrates it, refuses one that has CBOs unless {@code --force}, generates, prints the report.
 */
public final class GenerateProgramme {

    private GenerateProgramme() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String url = take(rest, "--jdbc-url"), user = take(rest, "--user"), password = take(rest, "--password");
        if (rest.contains("--help")) {
            System.out.println("GenerateProgramme [--jdbc-url URL --user U --password P] [options]\n" + Options.usage());
            return;
        }
        Options options;
        try {
            options = Options.parse(rest);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + Options.usage());
            System.exit(2);
            return;
        }
        try {
            if (url != null) {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(url);
                dataSource.setUser(user);
                dataSource.setPassword(password);
                print(new ProgrammeGenerator(dataSource, options).generate(), "the database at " + url);
            } else {
                embedded(options);
            }
        } catch (ProgrammeGenerator.Refused refused) {
            System.err.println("Refused: " + refused.getMessage());
            System.exit(1);
        }
    }

    /** The app's embedded PostgreSQL, tuned for one bulk load (the settings last only while this command runs). */
    private static void embedded(Options options) throws Exception {
        String dir = System.getenv().getOrDefault("KASANG_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".kasang", "postgres").toString());
        Path dataDir = Path.of(dir).toAbsolutePath();
        Files.createDirectories(dataDir);
        var builder = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("autovacuum", "off");
        String port = System.getenv("KASANG_EMBEDDED_PORT");
        if (port != null && !port.isBlank()) {
            builder.setPort(Integer.parseInt(port));
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'kasang'")) {
                    if (!rs.next()) {
                        s.execute("create database kasang encoding 'UTF8' template template0");
                    }
                }
            }
            print(new ProgrammeGenerator(postgres.getDatabase("postgres", "kasang"), options).generate(),
                    "the embedded PostgreSQL in " + dataDir);
            System.out.println("""
                    The data stays in %1$s. Start the app on it (without KASANG_DEMO_DATA=false the demo programme is added):
                      KASANG_DATA_DIR=%1$s KASANG_DEMO_DATA=false ./mvnw -pl platform -am spring-boot:run
                    and sign in as coach-001, admin-1 or member-<person id> with the password "%2$s". With
                    KASANG_EMBEDDED_PORT=55432 as well, PostgreSQL listens on a port of your choosing for psql or JDBC:
                      psql -h localhost -p 55432 -U postgres kasang
                    A Java harness opens it the same way: EmbeddedPostgres.builder().setDataDirectory(dir)
                    .setCleanDataDirectory(false).start(), database "kasang", user "postgres\""""
                    .formatted(dataDir, Options.PASSWORD));
        }
    }

    private static void print(Report report, String where) throws SQLException {
        System.out.println("Generated a national programme into " + where + "\n" + report);
    }

    private static String take(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) {
            return null;
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }
}

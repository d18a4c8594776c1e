package org.kasang.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data in a directory that outlives the process. */
class EmbeddedPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void data_entered_survives_a_restart() throws Exception {
        var config = new EmbeddedPostgresConfiguration();
        try (EmbeddedPostgres first = config.embeddedPostgres(dataDir, 0);
             var dataSource = config.dataSource(first)) {
            var jdbc = JdbcClient.create(dataSource);
            jdbc.sql("create table cbo_note (text varchar(100))").update();
            jdbc.sql("insert into cbo_note values ('Kratie youth group met the commune council')").update();
        }
        try (EmbeddedPostgres second = config.embeddedPostgres(dataDir, 0);
             var dataSource = config.dataSource(second)) {
            assertThat(JdbcClient.create(dataSource).sql("select text from cbo_note").query(String.class).single())
                    .isEqualTo("Kratie youth group met the commune council");
            assertThat(second.getJdbcUrl("postgres", "kasang")).contains("/kasang");
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();
    }
}

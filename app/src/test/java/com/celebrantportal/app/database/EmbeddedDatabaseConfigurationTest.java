package com.celebrantportal.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which database the service runs on: embedded and durable by default, external when a URL is given. */
class EmbeddedDatabaseConfigurationTest {

    @Test
    void anExternalDatabaseUrlTurnsTheEmbeddedDatabaseOff() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/portal")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class)
                        .doesNotHaveBean("dataSource"));
    }

    @Test
    void theEmbeddedDatabaseIsDurableAndKeepsItsDataInDataByDefault() {
        EmbeddedDatabaseProperties defaults = new EmbeddedDatabaseProperties(null, 0, null, null);

        assertThat(defaults.durable()).isTrue();
        assertThat(defaults.dataDir()).isEqualTo(Path.of("data"));
    }
}

package com.celebrantportal.app.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir   where its data lives across restarts ({@code PORTAL_DATA_DIR}, default {@code ./data})
 * @param port      its port; 0 picks a free one
 * @param durable   keep PostgreSQL's durable settings (fsync, synchronous_commit); only tests turn this off
 * @param startTimeout how long to wait for it to start
 */
@ConfigurationProperties("portal.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDir, int port, Boolean durable, Duration startTimeout) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        durable = durable == null || durable;
        startTimeout = startTimeout == null ? Duration.ofSeconds(60) : startTimeout;
    }
}

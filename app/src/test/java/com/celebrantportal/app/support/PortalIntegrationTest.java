package com.celebrantportal.app.support;

import com.celebrantportal.app.CelebrantPortalApplication;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the tests that run the whole service over HTTP on the real embedded PostgreSQL. Every subclass
 * shares one application context, hence one database per test JVM: keep the configuration here and tests
 * independent of each other's data (each creates its own bookings, with its own celebrant id).
 */
@SpringBootTest(classes = {CelebrantPortalApplication.class, PortalIntegrationTest.TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "portal.embedded-database.durable=false",
                "portal.embedded-database.data-dir=target/test-db/${random.uuid}"
        })
public abstract class PortalIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    protected PortalClient client;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @BeforeEach
    void connect() {
        client = new PortalClient(port);
        clock.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Events stored in total: a rejected command must leave this unchanged. */
    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    protected long storedEventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", aggregateId).query(Long.class).single();
    }
}

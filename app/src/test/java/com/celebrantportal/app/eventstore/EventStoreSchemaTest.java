package com.celebrantportal.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.api.booking.BookingEvent;
import com.celebrantportal.app.support.Bookings;
import com.celebrantportal.app.support.PortalIntegrationTest;
import com.celebrantportal.api.booking.NoimLodged;
import com.celebrantportal.api.booking.ShorteningGround;
import com.celebrantportal.api.booking.ShorteningOfTime;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.serialization.SerializedObject;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** The facts of the event store that Axon's defaults on Spring Boot get wrong, checked on the real schema. */
class EventStoreSchemaTest extends PortalIntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    SagaStore<?> sagaStore;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    @Test
    void noColumnAnywhereIsALargeObject() {
        List<String> oidColumns = jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type = 'oid'""").query(String.class).list();
        assertThat(oidColumns).isEmpty();
    }

    @Test
    void payloadsMetadataTokensSagasAndDeadLettersAreBytea() {
        Map<String, String> expected = Map.of(
                "domainevententry.payload", "bytea", "domainevententry.metadata", "bytea",
                "snapshotevententry.payload", "bytea", "snapshotevententry.metadata", "bytea",
                "tokenentry.token", "bytea", "sagaentry.serializedsaga", "bytea",
                "deadletterentry.payload", "bytea", "deadletterentry.metadata", "bytea",
                "deadletterentry.token", "bytea");
        expected.forEach((column, type) -> {
            String[] parts = column.split("\\.");
            String actual = jdbc.sql("""
                    SELECT data_type FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = :table AND column_name = :column""")
                    .param("table", parts[0]).param("column", parts[1]).query(String.class).single();
            assertThat(actual).as(column).isEqualTo(type);
        });
    }

    @Test
    void theGlobalIndexIsAllocatedOneAtATime() {
        Map<String, Object> sequence = jdbc.sql("""
                SELECT increment_by, cache_size FROM pg_sequences
                WHERE sequencename = pg_get_serial_sequence('domainevententry', 'globalindex')::regclass::text
                   OR schemaname || '.' || sequencename = pg_get_serial_sequence('domainevententry', 'globalindex')""")
                .query().singleRow();
        assertThat(((Number) sequence.get("increment_by")).longValue()).isEqualTo(1);
        assertThat(((Number) sequence.get("cache_size")).longValue()).isEqualTo(1);
    }

    @Test
    void everyTableIsCreatedByFlywayAndHibernateOnlyValidates() {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""").query(String.class).list();
        List<String> migrated = jdbc.sql("SELECT script FROM flyway_schema_history WHERE success")
                .query(String.class).list();
        String ddl = String.join("\n", migrated);
        assertThat(ddl).isNotEmpty();
        assertThat(tables).contains("domainevententry", "snapshotevententry", "tokenentry", "sagaentry",
                "associationvalueentry", "deadletterentry", "celebrant_slot", "certificate_serial", "idempotency_key");
        assertThat(tables).doesNotContain("hibernate_sequence", "domain_event_entry_seq");
    }

    @Test
    void axonUsesTheJdbcStoresAndJacksonEverywhere() {
        assertThat(storageEngine).isInstanceOf(PostgresEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(List.of(serializer, eventSerializer, messageSerializer))
                .allSatisfy(s -> assertThat(s).isInstanceOf(JacksonSerializer.class));
    }

    @Test
    void storedEventsAreJsonReadableWithPlainSqlAndCarryTheirRevision() {
        String celebrant = Bookings.newCelebrant();
        var created = client.post("/api/v1/bookings", Bookings.request(celebrant, LocalDate.of(2027, 4, 3), "11:00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().path("id").asString();

        Map<String, Object> row = jdbc.sql("""
                SELECT payloadtype, payloadrevision,
                       convert_from(payload, 'UTF8')::jsonb ->> 'celebrantId' AS celebrant,
                       convert_from(payload, 'UTF8')::jsonb -> 'ceremony' -> 'slot' ->> 'date' AS ceremony_date,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'actor' AS actor
                FROM domainevententry WHERE aggregateidentifier = :id""").param("id", id).query().singleRow();
        assertThat(row.get("payloadtype")).isEqualTo("com.celebrantportal.api.booking.BookingRequested");
        assertThat(row.get("payloadrevision")).isEqualTo("1");
        assertThat(row.get("celebrant")).isEqualTo(celebrant);
        assertThat(row.get("ceremony_date")).isEqualTo("2027-04-03");
        assertThat(row.get("actor")).isEqualTo("anonymous");
    }

    @Test
    void recordsWithOptionalsAndDatesRoundTripThroughTheEventSerializer() {
        NoimLodged event = new NoimLodged("b-1", LocalDate.of(2027, 1, 31), Optional.of(
                new ShorteningOfTime(ShorteningGround.MEDICAL, "Registrar, Melbourne", LocalDate.of(2027, 2, 1))));
        SerializedObject<byte[]> stored = eventSerializer.serialize(event, byte[].class);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("\"receivedOn\":\"2027-01-31\"");
        Object read = eventSerializer.deserialize(stored);
        assertThat(read).isEqualTo(event);
    }

    @Test
    void everyEventTypeDeclaresItsRevision() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(BookingEvent.class));
        var events = scanner.findCandidateComponents("com.celebrantportal.api");
        assertThat(events).hasSizeGreaterThanOrEqualTo(9);
        events.forEach(definition -> {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                assertThat(type.isInterface() || type.isAnnotationPresent(Revision.class))
                        .as(type.getName() + " has @Revision").isTrue();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

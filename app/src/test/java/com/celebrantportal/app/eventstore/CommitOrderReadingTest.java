package com.celebrantportal.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.PortalIntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader never passes over an event that commits after a later-numbered one: it waits for the slower
 * transaction, however long it takes, instead of giving up on the gap after a timeout.
 */
class CommitOrderReadingTest extends PortalIntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    DataSource dataSource;

    @Test
    void anEventCommittedAfterALaterNumberedOneIsStillRead() throws SQLException {
        TrackingToken head = storageEngine.createHeadToken();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            String slowAggregate = "slow-" + UUID.randomUUID();
            long slowIndex = insertEvent(slow, slowAggregate);

            String fastAggregate = "fast-" + UUID.randomUUID();
            storageEngine.appendEvents(new GenericDomainEventMessage<>("Test", fastAggregate, 0, "fast"));
            long fastIndex = indexOf(fastAggregate);
            assertThat(fastIndex).as("the later append takes a higher global index").isGreaterThan(slowIndex);

            assertThat(aggregatesAfter(head)).as("nothing is read past a transaction still in flight")
                    .doesNotContain(fastAggregate, slowAggregate);

            slow.commit();
            assertThat(aggregatesAfter(head)).as("both are read once the slow one commits, in commit order")
                    .containsSubsequence(slowAggregate, fastAggregate);
        }
    }

    @Test
    void aRolledBackAppendHoldsNobodyUp() throws SQLException {
        TrackingToken head = storageEngine.createHeadToken();
        String fastAggregate = "fast-" + UUID.randomUUID();
        try (Connection failing = dataSource.getConnection()) {
            failing.setAutoCommit(false);
            insertEvent(failing, "rolled-back-" + UUID.randomUUID());
            storageEngine.appendEvents(new GenericDomainEventMessage<>("Test", fastAggregate, 0, "fast"));
            failing.rollback();
        }
        assertThat(aggregatesAfter(head)).containsExactly(fastAggregate);
    }

    @Test
    void aTokenTakenAtAnInstantStartsAtTheFirstEventFromThen() {
        String before = "before-" + UUID.randomUUID();
        storageEngine.appendEvents(new GenericDomainEventMessage<>("Test", before, 0, "before"));
        Instant cut = Instant.now().plusMillis(5);
        String after = "after-" + UUID.randomUUID();
        storageEngine.appendEvents(new GenericDomainEventMessage<>("Test", after, 0, "after",
                org.axonframework.messaging.MetaData.emptyInstance(), UUID.randomUUID().toString(), cut.plusMillis(1)));
        List<String> read = aggregatesAfter(storageEngine.createTokenAt(cut));
        assertThat(read).contains(after).doesNotContain(before);
        assertThat(aggregatesAfter(storageEngine.createTailToken())).contains(before, after);
    }

    private List<String> aggregatesAfter(TrackingToken token) {
        return storageEngine.readEvents(token, false)
                .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .toList();
    }

    private static long insertEvent(Connection connection, String aggregate) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, "timestamp")
                VALUES (?, 0, 'Test', ?, '{}'::bytea, '"slow"'::bytea, NULL, 'java.lang.String', ?)
                RETURNING globalindex""")) {
            insert.setString(1, aggregate);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, Instant.now().toString());
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long indexOf(String aggregate) {
        return jdbc.sql("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", aggregate).query(Long.class).single();
    }

}

package com.celebrantportal.app.eventstore;

import static org.axonframework.common.jdbc.JdbcUtils.executeQuery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event store on PostgreSQL, read in commit order. Appends are Axon's own (one batched insert
 * per unit of work, the global index from an identity column). Readers use {@link CommitOrderToken}s and
 * only see events of transactions older than the oldest transaction still in flight
 * ({@code pg_snapshot_xmin}), so no gap timeout can make a processor skip a slow commit.
 */
public class PostgresEventStorageEngine extends JdbcEventStorageEngine {

    private static final String SAFE_HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private final TransactionManager transactionManager;

    public PostgresEventStorageEngine(Builder builder, TransactionManager transactionManager) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        CommitOrderToken after = CommitOrderToken.from(lastToken);
        EventSchema schema = schema();
        String sql = "SELECT txid, " + trackedEventFields() + " FROM " + schema.domainEventTable()
                + " WHERE (txid, " + schema.globalIndexColumn() + ") > (?, ?) AND txid < " + SAFE_HORIZON
                + " ORDER BY txid, " + schema.globalIndexColumn() + " LIMIT ?";
        return transactionManager.fetchInTransaction(() -> executeQuery(getConnection(), connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setLong(1, after.txid());
            statement.setLong(2, after.globalIndex());
            statement.setInt(3, batchSize);
            return statement;
        }, resultSet -> {
            List<TrackedEventData<?>> events = new ArrayList<>(batchSize);
            while (resultSet.next()) {
                events.add(trackedEvent(resultSet, schema));
            }
            return events;
        }, e -> new EventStoreException("Failed to read events after " + after, e)));
    }

    private TrackedEventData<?> trackedEvent(ResultSet resultSet, EventSchema schema) throws SQLException {
        CommitOrderToken token = new CommitOrderToken(resultSet.getLong("txid"),
                resultSet.getLong(schema.globalIndexColumn()));
        return new TrackedDomainEventData<>(token, getDomainEventData(resultSet));
    }

    @Override
    public TrackingToken createTailToken() {
        return CommitOrderToken.START;
    }

    @Override
    public TrackingToken createHeadToken() {
        EventSchema schema = schema();
        String sql = "SELECT txid, " + schema.globalIndexColumn() + " FROM " + schema.domainEventTable()
                + " WHERE txid < " + SAFE_HORIZON
                + " ORDER BY txid DESC, " + schema.globalIndexColumn() + " DESC LIMIT 1";
        CommitOrderToken last = queryToken(sql, null);
        return last == null ? CommitOrderToken.START : last;
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        EventSchema schema = schema();
        String sql = "SELECT txid, " + schema.globalIndexColumn() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.timestampColumn() + " >= ? AND txid < " + SAFE_HORIZON
                + " ORDER BY txid, " + schema.globalIndexColumn() + " LIMIT 1";
        CommitOrderToken first = queryToken(sql, DateTimeUtils.formatInstant(dateTime));
        if (first == null) {
            return createHeadToken();
        }
        return new CommitOrderToken(first.txid(), first.globalIndex() - 1);
    }

    private CommitOrderToken queryToken(String sql, String parameter) {
        return transactionManager.fetchInTransaction(() -> executeQuery(getConnection(), (Connection connection) -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            return statement;
        }, resultSet -> resultSet.next() ? new CommitOrderToken(resultSet.getLong(1), resultSet.getLong(2)) : null,
                e -> new EventStoreException("Failed to create a token", e)));
    }
}

package com.celebrantportal.app.eventstore;

import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;

/**
 * A reader's position in commit order: the appending transaction's id, then the global index within it.
 * Every event of a transaction older than the oldest one still in flight is final, so a reader that
 * only reads such events, in this order, never passes over an event that commits later.
 */
public record CommitOrderToken(long txid, long globalIndex) implements TrackingToken, Comparable<CommitOrderToken> {

    /** Before every event. */
    public static final CommitOrderToken START = new CommitOrderToken(0, 0);

    @Override
    public int compareTo(CommitOrderToken other) {
        int byTransaction = Long.compare(txid, other.txid);
        return byTransaction != 0 ? byTransaction : Long.compare(globalIndex, other.globalIndex);
    }

    @Override
    public TrackingToken lowerBound(TrackingToken other) {
        CommitOrderToken that = cast(other);
        return compareTo(that) <= 0 ? this : that;
    }

    @Override
    public TrackingToken upperBound(TrackingToken other) {
        CommitOrderToken that = cast(other);
        return compareTo(that) >= 0 ? this : that;
    }

    @Override
    public boolean covers(TrackingToken other) {
        return other == null || compareTo(cast(other)) >= 0;
    }

    @Override
    public OptionalLong position() {
        return OptionalLong.of(globalIndex);
    }

    static CommitOrderToken from(TrackingToken token) {
        return token == null ? START : cast(token);
    }

    private static CommitOrderToken cast(TrackingToken token) {
        if (token instanceof CommitOrderToken commitOrder) {
            return commitOrder;
        }
        throw new IllegalArgumentException("Unsupported token type: " + token.getClass().getName());
    }
}

package com.celebrantportal.query.consistency;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Lets a reader wait for its own write: projections signal after they commit, readers wait for the version
 * they need. The signal only covers this node, so a waiter also re-reads every {@link #RECHECK} for writes
 * committed by another node's processor.
 */
@Component
public class ReadModelChanges {

    static final Duration RECHECK = Duration.ofMillis(50);

    private final Object monitor = new Object();
    private final Duration maximumWait;
    private long generation;

    public ReadModelChanges(QueryProperties properties) {
        this.maximumWait = properties.minVersionWait();
    }

    /** Called by a projection handler: wakes the waiters once the read-model write is committed. */
    public void signalAfterCommit() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> signal());
        } else {
            signal();
        }
    }

    void signal() {
        synchronized (monitor) {
            generation++;
            monitor.notifyAll();
        }
    }

    /**
     * Waits, at most the configured time, until the record's version reaches {@code minVersion}.
     *
     * @param currentVersion reads the record's version from the read model, empty while it does not exist
     * @return true when the version was reached in time
     */
    public boolean awaitVersion(Supplier<Optional<Long>> currentVersion, long minVersion) {
        long deadline = System.nanoTime() + maximumWait.toNanos();
        while (true) {
            // read the generation before the version: a commit in between then ends the wait at once
            long seen = generation();
            if (currentVersion.get().filter(version -> version >= minVersion).isPresent()) {
                return true;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            if (!awaitSignalAfter(seen, Math.min(remaining, RECHECK.toNanos()))) {
                return false;
            }
        }
    }

    private long generation() {
        synchronized (monitor) {
            return generation;
        }
    }

    /** Sleeps until a signal or the time is up; false when the thread was interrupted. */
    private boolean awaitSignalAfter(long seen, long nanos) {
        long deadline = System.nanoTime() + nanos;
        synchronized (monitor) {
            long remaining = nanos;
            while (generation == seen && remaining > 0) {
                try {
                    monitor.wait(Math.max(1, remaining / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                remaining = deadline - System.nanoTime();
            }
        }
        return true;
    }
}

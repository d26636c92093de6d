package com.celebrantportal.ops.health;

import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health of the event processors that keep the read models current: DEGRADED when one is stopped or has
 * a segment in error (commands still work, reads go stale), with each processor's state in the details.
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator implements HealthIndicator {

    /** Serving, but with stale or stalled read models. */
    public static final Status DEGRADED = new Status("DEGRADED");

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        boolean degraded = false;
        for (EventProcessor processor : processing.eventProcessors().values()) {
            String state = stateOf(processor);
            details.put(processor.getName(), state);
            degraded |= !"RUNNING".equals(state);
        }
        return (degraded ? Health.status(DEGRADED) : Health.up()).withDetails(details).build();
    }

    private static String stateOf(EventProcessor processor) {
        if (!processor.isRunning()) {
            return processor.isError() ? "ERROR" : "STOPPED";
        }
        if (processor instanceof StreamingEventProcessor streaming
                && streaming.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return "SEGMENT_IN_ERROR";
        }
        return "RUNNING";
    }
}

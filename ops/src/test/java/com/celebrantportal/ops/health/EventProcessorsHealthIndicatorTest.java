package com.celebrantportal.ops.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class EventProcessorsHealthIndicatorTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final EventProcessorsHealthIndicator indicator = new EventProcessorsHealthIndicator(processing);

    @Test
    void isUpWhenEveryProcessorRunsWithoutErrors() {
        givenProcessors(streaming("bookings", true, false, false));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("bookings", "RUNNING");
    }

    @Test
    void isDegradedWhenASegmentIsInError() {
        givenProcessors(streaming("bookings", true, false, true), streaming("invoices", true, false, false));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(EventProcessorsHealthIndicator.DEGRADED);
        assertThat(health.getDetails()).containsEntry("bookings", "SEGMENT_IN_ERROR").containsEntry("invoices", "RUNNING");
    }

    @Test
    void isDegradedWhenAProcessorHasStoppedOrFailed() {
        givenProcessors(streaming("bookings", false, false, false), streaming("calendar", false, true, false));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(EventProcessorsHealthIndicator.DEGRADED);
        assertThat(health.getDetails()).containsEntry("bookings", "STOPPED").containsEntry("calendar", "ERROR");
    }

    private void givenProcessors(EventProcessor... processors) {
        Map<String, EventProcessor> byName = new java.util.TreeMap<>();
        for (EventProcessor processor : processors) {
            byName.put(processor.getName(), processor);
        }
        when(processing.eventProcessors()).thenReturn(byName);
    }

    private static StreamingEventProcessor streaming(String name, boolean running, boolean error, boolean segmentError) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        EventTrackerStatus segment = mock(EventTrackerStatus.class);
        when(segment.isErrorState()).thenReturn(segmentError);
        when(processor.getName()).thenReturn(name);
        when(processor.isRunning()).thenReturn(running);
        when(processor.isError()).thenReturn(error);
        when(processor.processingStatus()).thenReturn(Map.of(0, segment));
        return processor;
    }
}

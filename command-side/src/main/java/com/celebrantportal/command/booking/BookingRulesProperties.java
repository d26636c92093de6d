package com.celebrantportal.command.booking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tunable booking rules.
 *
 * @param travelBuffer the time a celebrant needs between the end of one ceremony and the start of the next
 */
@ConfigurationProperties("portal.booking")
public record BookingRulesProperties(Duration travelBuffer) {

    public BookingRulesProperties {
        travelBuffer = travelBuffer == null ? Duration.ofMinutes(60) : travelBuffer;
    }
}

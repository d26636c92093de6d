package com.celebrantportal.query.consistency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the query API.
 *
 * @param minVersionWait how long a detail query with {@code ?minVersion=} waits for the read model to catch up
 */
@ConfigurationProperties("portal.query")
public record QueryProperties(@DefaultValue("2s") Duration minVersionWait) {
}

package com.celebrantportal.app.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * HTTP conventions.
 *
 * @param maxBodySize the largest command body accepted; larger ones answer 400 {@code BODY_TOO_LARGE}
 */
@ConfigurationProperties("portal.http")
public record HttpProperties(DataSize maxBodySize) {

    public HttpProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    }
}

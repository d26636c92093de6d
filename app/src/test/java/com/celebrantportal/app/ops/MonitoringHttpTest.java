package com.celebrantportal.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.celebrantportal.app.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

/** Health and metrics stay at the paths the existing monitoring already scrapes. */
class MonitoringHttpTest extends PortalIntegrationTest {

    @Test
    void healthIsAtSlashHealthAndUpWithTheProcessorsRunning() {
        var health = client.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsAreAtSlashMetricsInPrometheusFormat() {
        var metrics = client.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.raw().body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void theOpenApiContractIsPublished() {
        var docs = client.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/v1/bookings")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/bookings/{id}/noim")).isTrue();
    }

    @Test
    void aReadAskingForAnotherMediaTypeAnswersNotAcceptableAsAProblem() {
        var answer = client.get("/api/v1/bookings", "Accept", "application/xml");
        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("NOT_ACCEPTABLE");
    }
}

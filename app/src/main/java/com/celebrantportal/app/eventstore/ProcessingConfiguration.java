package com.celebrantportal.app.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every projection runs in its own pooled streaming processor, one per processing group, handling the
 * events that are waiting in batches (one transaction per batch, token included).
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    /**
     * Tuning of the event processors.
     *
     * @param batchSize the most events a processor handles in one transaction
     */
    @ConfigurationProperties("portal.processing")
    record ProcessingProperties(Integer batchSize) {
        ProcessingProperties {
            batchSize = batchSize == null ? 100 : batchSize;
        }
    }

    @Bean
    ConfigurerModule pooledStreamingProcessors(ProcessingProperties properties,
                                               PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(properties.batchSize())
                        .transactionManager(new ReadModelTransactionManager(transactionManager, jdbc))));
    }
}

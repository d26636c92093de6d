package com.celebrantportal.app.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every projection runs in its own pooled streaming processor, one per processing group. */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    @Bean
    ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing.usingPooledStreamingEventProcessors());
    }
}

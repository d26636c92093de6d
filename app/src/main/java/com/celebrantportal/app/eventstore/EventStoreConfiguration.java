package com.celebrantportal.app.eventstore;

import com.celebrantportal.api.messaging.MetadataKeys;
import com.celebrantportal.app.lifecycle.ShutdownStep;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The event store on PostgreSQL and the messaging conventions: Jackson everywhere, every event carrying
 * actor, correlation, causation and request ids, and commands retried only when they lost an
 * optimistic-concurrency race on the store's unique key.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** Jackson 2 mapper for Axon's serializers: JSON payloads, metadata, tokens and sagas. */
    @Bean
    ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Transactions of commands and of the event store: plain JDBC, since the command side writes only
     * events and lookup rows (no JPA session per command). Not a Spring bean, so that the JPA transaction
     * manager stays the application's default for the read models.
     */
    static TransactionManager commandTransactions(DataSource dataSource) {
        JdbcTransactionManager jdbc = new JdbcTransactionManager(dataSource);
        jdbc.afterPropertiesSet();
        return new SpringTransactionManager(jdbc);
    }

    @Bean
    @Profile("!axonserver")
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer snapshotSerializer,
                                          ConnectionProvider connectionProvider,
                                          DataSource dataSource,
                                          PersistenceExceptionResolver persistenceExceptionResolver) {
        return new PostgresEventStorageEngine(JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .connectionProvider(connectionProvider)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .dataType(byte[].class), commandTransactions(dataSource));
    }

    /** Axon's local command bus, as Axon's auto-configuration builds it, on JDBC transactions. */
    @Bean
    @Primary
    @Profile("!axonserver")
    SimpleCommandBus commandBus(DataSource dataSource, org.axonframework.config.Configuration axon,
                                DuplicateCommandHandlerResolver duplicateCommandHandlerResolver) {
        SimpleCommandBus commandBus = SimpleCommandBus.builder()
                .transactionManager(commandTransactions(dataSource))
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return commandBus;
    }

    /**
     * Events take the command's correlation id, and its message id as their causation id. Axon's own names
     * differ: its "correlation" key holds the causing message's id and its "trace" key the id that is
     * carried along, hence causation first.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(MetadataKeys.CAUSATION_ID, MetadataKeys.CORRELATION_ID);
    }

    /** Events take the actor and request id of the command that caused them. */
    @Bean
    CorrelationDataProvider requestOriginProvider() {
        return new SimpleCorrelationDataProvider(MetadataKeys.ACTOR, MetadataKeys.REQUEST_ID);
    }

    /** Schedules command retries; a daemon thread, shut down with the context. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        IntervalRetryScheduler.Builder retryPolicy = IntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .retryInterval(5)
                .maxRetryCount(5);
        IntervalRetryScheduler retry = new IntervalRetryScheduler(retryPolicy) {
            // Axon also tests each cause: the SQL exception inside a ConcurrencyException would veto the retry.
            @Override
            protected boolean isExplicitlyNonTransient(Throwable failure) {
                return !(failure instanceof ConcurrencyException);
            }
        };
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retry).build();
    }

    /**
     * Stops the event store's reader and janitor threads after every Axon component has stopped and before
     * the database goes: otherwise they poll a closed database and keep a stopped JVM alive.
     */
    @Bean
    ShutdownStep embeddedEventStoreShutdown(EventStore eventStore) {
        return new ShutdownStep(Phase.EXTERNAL_CONNECTIONS - 1, () -> {
            if (eventStore instanceof EmbeddedEventStore embedded) {
                embedded.shutDown();
            }
        });
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}

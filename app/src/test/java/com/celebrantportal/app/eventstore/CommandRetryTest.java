package com.celebrantportal.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** A command that lost the race for the next sequence number is sent again; one a rule rejected is not. */
class CommandRetryTest {

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final EventStoreConfiguration configuration = new EventStoreConfiguration();
    private final CommandGateway gateway = configuration.commandGateway(bus, configuration.commandRetryExecutor());
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aCommandThatLostTheRaceOnTheStoresUniqueKeyIsRetried() {
        // as the JDBC event store reports it: the duplicate-key SQL exception inside a ConcurrencyException
        failFirstAttemptWith(new ConcurrencyException("sequence 1 already stored", new SQLException("duplicate key")));

        Object result = gateway.sendAndWait(command());

        assertThat(result).isEqualTo("stored");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aCommandRejectedByABusinessRuleIsNotRetried() {
        failFirstAttemptWith(new DomainException(ErrorCode.INVALID_STATE, "cancelled"));

        assertThatThrownBy(() -> gateway.sendAndWait(command())).isInstanceOf(DomainException.class);
        assertThat(attempts).hasValue(1);
    }

    private void failFirstAttemptWith(RuntimeException failure) {
        bus.subscribe("race", message -> {
            if (attempts.incrementAndGet() == 1) {
                throw failure;
            }
            return "stored";
        });
    }

    private static GenericCommandMessage<String> command() {
        return new GenericCommandMessage<>(new GenericMessage<>("update"), "race");
    }
}

package com.celebrantportal.command.dispatch;

import com.celebrantportal.api.messaging.MetadataKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the current HTTP request, with the metadata every command and its events
 * carry: actor, correlation id, causation id and request id.
 */
@Component
public class CommandDispatcher {

    /** The actor of every command until authentication exists. */
    public static final String ANONYMOUS = "anonymous";
    /** Request attribute under which the HTTP layer keeps the request id. */
    public static final String REQUEST_ID_ATTRIBUTE = CommandDispatcher.class.getName() + ".requestId";
    /** Header a caller may set to tie several requests into one correlation (ignored when malformed). */
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

    private final CommandGateway gateway;

    public CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends the command, waits for its result and rethrows the handler's exception as it was thrown. */
    public <R> R send(Object command, HttpServletRequest request) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadataOf(request)));
    }

    static MetaData metadataOf(HttpServletRequest request) {
        Object attribute = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        String requestId = attribute != null ? attribute.toString() : UUID.randomUUID().toString();
        String correlationId = request.getHeader(CORRELATION_ID_HEADER);
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MetadataKeys.ACTOR, ANONYMOUS);
        metadata.put(MetadataKeys.REQUEST_ID, requestId);
        metadata.put(MetadataKeys.CORRELATION_ID, MetadataKeys.isWellFormedId(correlationId) ? correlationId : requestId);
        metadata.put(MetadataKeys.CAUSATION_ID, requestId);
        return MetaData.from(metadata);
    }
}

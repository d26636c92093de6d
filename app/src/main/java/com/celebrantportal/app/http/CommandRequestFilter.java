package com.celebrantportal.app.http;

import com.celebrantportal.api.error.DomainException;
import com.celebrantportal.api.error.ErrorCode;
import com.celebrantportal.command.dispatch.CommandDispatcher;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conventions of every command request (POST, PUT, PATCH under {@code /api/}): the body is read once and
 * limited in size, and an {@code Idempotency-Key} replays the first response instead of writing again.
 * Failures are answered by the same problem+json handler as the controllers'.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CommandRequestFilter extends OncePerRequestFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final HttpProperties properties;
    private final IdempotencyStore store;
    private final HandlerExceptionResolver problems;

    CommandRequestFilter(HttpProperties properties, IdempotencyStore store,
                         @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.properties = properties;
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean command = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        return !command || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedBodyRequest cached = CachedBodyRequest.read(request, properties.maxBodySize().toBytes());
        if (cached == null) {
            reject(request, response, new DomainException(ErrorCode.BODY_TOO_LARGE,
                    "the request body is larger than " + properties.maxBodySize().toKilobytes() + " KiB"));
            return;
        }
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            chain.doFilter(cached, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            reject(request, response, DomainException.invalidField(IDEMPOTENCY_KEY,
                    "must have 1 to " + MAX_KEY_LENGTH + " characters"));
            return;
        }
        String actor = CommandDispatcher.ANONYMOUS;
        Optional<IdempotencyStore.Entry> earlier = store.claim(actor, key, hash(cached));
        if (earlier.isPresent()) {
            answerAgain(request, response, cached, earlier.get());
            return;
        }
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(cached, recorder);
        } catch (IOException | ServletException | RuntimeException fault) {
            store.release(actor, key);
            throw fault;
        }
        if (recorder.getStatus() >= 500) {
            store.release(actor, key);
        } else {
            store.complete(actor, key, recorder.getStatus(), recorder.getContentType(),
                    recorder.getHeader(HttpHeaders.LOCATION), recorder.getHeader(HttpHeaders.ETAG),
                    recorder.getContentAsByteArray());
        }
        recorder.copyBodyToResponse();
    }

    private void answerAgain(HttpServletRequest request, HttpServletResponse response, CachedBodyRequest cached,
                             IdempotencyStore.Entry earlier) throws IOException {
        if (!earlier.requestHash().equals(hash(cached))) {
            reject(request, response, new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for a different request"));
        } else if (!earlier.completed()) {
            reject(request, response, new DomainException(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                    "a request with this Idempotency-Key is still being processed"));
        } else {
            response.setStatus(earlier.status());
            response.setHeader(REPLAYED, "true");
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            if (earlier.etag() != null) {
                response.setHeader(HttpHeaders.ETAG, earlier.etag());
            }
            byte[] body = earlier.body() == null ? new byte[0] : earlier.body();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, DomainException problem) {
        problems.resolveException(request, response, null, problem);
    }

    private static String hash(CachedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(request.body());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

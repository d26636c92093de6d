package com.celebrantportal.api.error;

import java.util.List;
import org.axonframework.common.AxonNonTransientException;

/**
 * A command rejected by a business rule; carries the stable error code the HTTP API answers with.
 * Non-transient: retrying the same command cannot change the answer.
 */
public class DomainException extends AxonNonTransientException {

    private final ErrorCode code;
    private final transient List<FieldProblem> errors;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public DomainException(ErrorCode code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static DomainException invalidField(String field, String message) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, field + " " + message,
                List.of(new FieldProblem(field, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}

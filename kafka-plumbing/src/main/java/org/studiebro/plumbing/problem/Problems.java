package org.studiebro.plumbing.problem;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The RFC 9457 problems the services answer with, one type URI each. They are ErrorResponseExceptions, so the
 * problem details handling ({@link ProblemDetailsAdvice}) renders them as application/problem+json and Spring MVC
 * fills in the instance with the request path. A service's own kinds of problem are made with {@link #of}.
 */
public final class Problems {

    public static final URI INVALID_REQUEST = URI.create("urn:studiebro:problem:invalid-request");
    public static final URI NOT_FOUND = URI.create("urn:studiebro:problem:not-found");
    public static final URI IDEMPOTENCY_CONFLICT = URI.create("urn:studiebro:problem:idempotency-conflict");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:studiebro:problem:payload-too-large");
    public static final URI UNAVAILABLE = URI.create("urn:studiebro:problem:temporarily-unavailable");

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private Problems() {
    }

    /** 400 naming each bad field. */
    public static ErrorResponseException invalidRequest(List<InvalidField> errors) {
        List<InvalidField> sorted = errors.stream()
                .sorted(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
                sorted.size() == 1 ? "1 field is invalid." : sorted.size() + " fields are invalid.");
        problem.setProperty("errors", sorted);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    public static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", detail), null);
    }

    public static ErrorResponseException conflict(String title, String detail, List<InvalidField> errors) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, IDEMPOTENCY_CONFLICT, title, detail);
        problem.setProperty("errors", errors);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    /** A problem of the service's own type, such as a conflict with the state of what the request is about. */
    public static ErrorResponseException of(HttpStatus status, URI type, String title, String detail) {
        return new ErrorResponseException(status, problem(status, type, title, detail), null);
    }

    public static ErrorResponseException payloadTooLarge(long limitBytes) {
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem(HttpStatus.CONTENT_TOO_LARGE,
                PAYLOAD_TOO_LARGE, "Request body too large",
                "The request body must not be larger than " + limitBytes + " bytes."), null);
    }

    /** 503 with Retry-After: the caller should send the same request again in a few seconds. */
    public static ErrorResponseException unavailable(String detail, Throwable cause) {
        return unavailable(detail, RETRY_AFTER, cause);
    }

    /** 503 with Retry-After: the caller should send the same request again later. */
    public static ErrorResponseException unavailable(String detail, Duration retryAfter, Throwable cause) {
        ErrorResponseException exception = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
                problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Temporarily unavailable", detail), cause);
        exception.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return exception;
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}

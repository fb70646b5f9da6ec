package org.studiebro.reference.web;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The RFC 9457 problems the parties' HTTP views answer with, as ErrorResponseExceptions, so that Spring MVC renders
 * them as application/problem+json with the request path as instance. Same types as the other services.
 */
public final class Problems {

    public static final URI INVALID_REQUEST = URI.create("urn:studiebro:problem:invalid-request");
    public static final URI NOT_FOUND = URI.create("urn:studiebro:problem:not-found");
    public static final URI NO_FREE_SEAT = URI.create("urn:studiebro:problem:no-free-seat");
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

    public static ErrorResponseException noFreeSeat(String detail) {
        return new ErrorResponseException(HttpStatus.CONFLICT,
                problem(HttpStatus.CONFLICT, NO_FREE_SEAT, "No free seat", detail), null);
    }

    /** 503 with Retry-After: the caller should send the same request again later. */
    public static ErrorResponseException unavailable(String detail, Throwable cause) {
        ErrorResponseException exception = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
                problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Temporarily unavailable", detail), cause);
        exception.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        return exception;
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}

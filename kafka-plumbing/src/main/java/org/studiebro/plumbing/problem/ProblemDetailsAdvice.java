package org.studiebro.plumbing.problem;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Every error as RFC 9457 problem+json: the services' own problems ({@link Problems}); Spring MVC's (405, 406, 415,
 * unknown paths) with a type of their own instead of an omitted about:blank; a body that does not bind, naming the
 * field where Jackson knows it; and anything unexpected as a 500 that does not reveal its cause. Registered for every
 * web service by the plumbing's auto-configuration; a service with problems of its own extends it.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ErrorResponseException problem = Problems.invalidRequest(List.of(unreadable(exception)));
        return handleExceptionInternal(exception, problem.getBody(), headers, problem.getStatusCode(), request);
    }

    /** The answer for a service's own exception that stands for one of its problems. */
    protected ResponseEntity<Object> answer(Exception exception, ErrorResponseException problem, WebRequest request) {
        return handleExceptionInternal(exception, problem.getBody(), problem.getHeaders(), problem.getStatusCode(),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, WebRequest request) {
        log.error("Unexpected failure answering {}", request.getDescription(false), exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the failure is logged.");
        return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(URI.create("urn:studiebro:problem:http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** Messages never echo the submitted values. */
    private static InvalidField unreadable(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return new InvalidField(field, "has the wrong type");
        }
        return new InvalidField("body", "must be a JSON object");
    }
}

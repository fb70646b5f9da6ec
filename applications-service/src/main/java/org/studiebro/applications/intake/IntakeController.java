package org.studiebro.applications.intake;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.studiebro.applications.web.CorrelationIds;
import org.studiebro.applications.web.IdempotencyKeys;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.applications.web.RequestBodies;
import org.studiebro.websecurity.Caller;

/**
 * POST /api/v1/applications: an upstream form submits an application (202, or problem+json). The form is the
 * client its access token was issued to; that client id is the application's source, and its submissions are
 * limited per second (429 above the limit).
 */
@RestController
class IntakeController {

    private final ApplicationIntake intake;
    private final IntakeProperties properties;
    private final IntakeRateLimits rateLimits;

    IntakeController(ApplicationIntake intake, IntakeProperties properties, IntakeRateLimits rateLimits) {
        this.intake = intake;
        this.properties = properties;
        this.rateLimits = rateLimits;
    }

    @PostMapping(path = "/api/v1/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AcceptedApplication> submit(HttpServletRequest request, Caller caller) throws IOException {
        // Before the body is read: a form over its limit costs as little as possible.
        rateLimits.admit(caller.clientId());
        byte[] body = RequestBodies.read(request, properties.maxBodySize());
        List<InvalidField> headerErrors = new ArrayList<>();
        String idempotencyKey = IdempotencyKeys.of(request, headerErrors);
        if (CorrelationIds.wasInvalid(request)) {
            headerErrors.add(CorrelationIds.invalidField());
        }
        AcceptedApplication accepted = intake.submit(caller.clientId(), idempotencyKey, CorrelationIds.of(request), body,
                headerErrors);
        return ResponseEntity.accepted().location(URI.create(accepted.statusUrl())).body(accepted);
    }
}

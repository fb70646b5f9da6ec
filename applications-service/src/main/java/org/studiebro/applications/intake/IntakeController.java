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
 * client its access token was issued to; that client id is the application's source.
 */
@RestController
class IntakeController {

    private final ApplicationIntake intake;
    private final IntakeProperties properties;

    IntakeController(ApplicationIntake intake, IntakeProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping(path = "/api/v1/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AcceptedApplication> submit(HttpServletRequest request, Caller caller) throws IOException {
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

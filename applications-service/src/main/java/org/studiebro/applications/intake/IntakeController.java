package org.studiebro.applications.intake;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.studiebro.applications.web.CorrelationIds;
import org.studiebro.applications.web.InvalidField;
import org.studiebro.applications.web.Problems;

/** POST /api/v1/applications: an upstream form submits an application (202, or problem+json). */
@RestController
class IntakeController {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x20-\\x7E]{1,128}");

    private final ApplicationIntake intake;
    private final IntakeProperties properties;

    IntakeController(ApplicationIntake intake, IntakeProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping(path = "/api/v1/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AcceptedApplication> submit(
            @RequestHeader(name = ApplicationIntake.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest request) throws IOException {
        byte[] body = readBody(request);
        List<InvalidField> headerErrors = new ArrayList<>();
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            headerErrors.add(new InvalidField(ApplicationIntake.IDEMPOTENCY_KEY, "is required"));
        } else if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            headerErrors.add(new InvalidField(ApplicationIntake.IDEMPOTENCY_KEY,
                    "must be 1 to 128 printable ASCII characters"));
        }
        if (CorrelationIds.wasInvalid(request)) {
            headerErrors.add(CorrelationIds.invalidField());
        }
        AcceptedApplication accepted = intake.submit(idempotencyKey, CorrelationIds.of(request), body, headerErrors);
        return ResponseEntity.accepted().location(URI.create(accepted.statusUrl())).body(accepted);
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        long limit = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw Problems.payloadTooLarge(limit);
        }
        // A chunked body has no length up front: read one byte past the limit to notice.
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
        if (body.length > limit) {
            throw Problems.payloadTooLarge(limit);
        }
        return body;
    }
}

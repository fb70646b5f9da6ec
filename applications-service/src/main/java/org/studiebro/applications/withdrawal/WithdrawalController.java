package org.studiebro.applications.withdrawal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.studiebro.applications.web.CorrelationIds;
import org.studiebro.applications.web.IdempotencyKeys;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.applications.web.RequestBodies;
import org.studiebro.websecurity.Caller;

/**
 * POST /api/v1/applications/{id}/withdrawal, optional body {"reason": "..."}: the learner withdraws an
 * application (202, or problem+json).
 * <p>
 * Only the learner the application belongs to may: signed in with an e-ID (BankID, Freja, ID-porten), whose
 * identity number claim must be the applicant's.
 */
@RestController
class WithdrawalController {

    private final LearnerWithdrawal withdrawal;
    private final WithdrawalProperties properties;

    WithdrawalController(LearnerWithdrawal withdrawal, WithdrawalProperties properties) {
        this.withdrawal = withdrawal;
        this.properties = properties;
    }

    @PostMapping("/api/v1/applications/{applicationId}/withdrawal")
    ResponseEntity<AcceptedWithdrawal> withdraw(@PathVariable String applicationId, HttpServletRequest request,
            Caller caller)
            throws IOException, HttpMediaTypeNotSupportedException {
        byte[] body = RequestBodies.read(request, properties.maxBodySize());
        requireJsonWhenGiven(request.getContentType(), body);
        List<InvalidField> headerErrors = new ArrayList<>();
        String idempotencyKey = IdempotencyKeys.of(request, headerErrors);
        if (CorrelationIds.wasInvalid(request)) {
            headerErrors.add(CorrelationIds.invalidField());
        }
        AcceptedWithdrawal accepted = withdrawal.withdraw(caller, applicationId, idempotencyKey, body,
                headerErrors);
        return ResponseEntity.accepted().location(URI.create(accepted.statusUrl())).body(accepted);
    }

    /** The body is optional, so a request without one needs no Content-Type; one with a body must say JSON. */
    private static void requireJsonWhenGiven(String contentType, byte[] body) throws HttpMediaTypeNotSupportedException {
        if (body.length == 0) {
            return;
        }
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON), HttpMethod.POST);
        }
    }
}

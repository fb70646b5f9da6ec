package org.studiebro.applications.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.applications.reference.KnownMunicipalities;
import org.studiebro.applications.web.IdempotencyKeys;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.applications.web.JsonBodyReader;
import org.studiebro.plumbing.problem.Problems;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.PersonalData;

/**
 * Intake of one submission: read and check the form, derive the application id from the source and the
 * Idempotency-Key, answer a retry from the idempotency index, otherwise publish ApplicationSubmitted and wait
 * for the broker. Nothing is published for a refused request.
 */
@Service
class ApplicationIntake {

    private static final Logger log = LoggerFactory.getLogger(ApplicationIntake.class);

    private final JsonBodyReader reader;
    private final ApplicationFormValidator validator;
    private final SubmittedApplications submitted;
    private final KnownMunicipalities municipalities;
    private final ApplicationPublisher publisher;
    private final ApplicationIds applicationIds;
    private final ApplicationEventPublisher localEvents;
    private final IntakeProperties properties;
    private final Clock clock;
    // Ids whose first submission is being published here right now.
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    ApplicationIntake(JsonBodyReader reader, ApplicationFormValidator validator,
            SubmittedApplications submitted, KnownMunicipalities municipalities, ApplicationPublisher publisher,
            ApplicationIds applicationIds, ApplicationEventPublisher localEvents, IntakeProperties properties, Clock clock) {
        this.reader = reader;
        this.validator = validator;
        this.submitted = submitted;
        this.municipalities = municipalities;
        this.publisher = publisher;
        this.applicationIds = applicationIds;
        this.localEvents = localEvents;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param source the upstream form's client id, from its access token */
    AcceptedApplication submit(String source, String idempotencyKey, String correlationId, byte[] body,
            List<InvalidField> headerErrors) {
        if (!submitted.isReady() || !municipalities.isReady()) {
            throw Problems.unavailable("Intake is still reading applications.submitted and reference.municipalities.",
                    properties.retryAfter(), null);
        }
        List<InvalidField> errors = new ArrayList<>(headerErrors);
        Optional<NormalisedApplication> checked = reader.read(body, ApplicationForm.class, errors)
                .flatMap(form -> validator.validate(form, source, errors));
        if (!errors.isEmpty()) {
            log.info("Refused a submission: invalid {}", errors.stream().map(InvalidField::field).distinct().toList());
            throw Problems.invalidRequest(errors);
        }
        NormalisedApplication application = checked.orElseThrow();
        String applicationId = applicationIds.of(application.source(), idempotencyKey);
        String fingerprint = RequestFingerprint.of(application);
        if (!inFlight.add(applicationId)) {
            throw Problems.conflict("Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry once it has been answered.",
                    List.of(new InvalidField(IdempotencyKeys.HEADER, "is in use by a request in progress")));
        }
        try {
            Optional<String> known = submitted.fingerprintOf(applicationId);
            if (known.isPresent()) {
                return repeated(applicationId, known.get(), fingerprint);
            }
            ApplicationSubmitted event = application.toSubmitted(applicationId, idempotencyKey, fingerprint,
                    Events.metadata(correlationId, null, ApplicationsServiceApplication.SERVICE_NAME, clock.instant()));
            publisher.publish(event);
            submitted.remember(event);
            // The status view shows RECEIVED at once, before its own consumer has read the record back.
            localEvents.publishEvent(event);
            log.info("Accepted application {} from {} for applicant {} with {} choices", applicationId,
                    application.source(), PersonalData.mask(application.nationalId().value()),
                    application.choices().size());
            return AcceptedApplication.of(applicationId);
        } finally {
            inFlight.remove(applicationId);
        }
    }

    private static AcceptedApplication repeated(String applicationId, String knownFingerprint, String fingerprint) {
        if (!knownFingerprint.equals(fingerprint)) {
            log.info("Refused a submission reusing the Idempotency-Key of application {} with another request",
                    applicationId);
            throw Problems.conflict("Idempotency-Key reused with a different request",
                    "Application " + applicationId + " was accepted with this Idempotency-Key and another request body.",
                    List.of(new InvalidField(IdempotencyKeys.HEADER, "was used for a different request")));
        }
        log.info("Repeated submission of application {}: answered again, not published again", applicationId);
        return AcceptedApplication.of(applicationId);
    }
}

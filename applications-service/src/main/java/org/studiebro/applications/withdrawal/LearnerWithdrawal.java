package org.studiebro.applications.withdrawal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.applications.intake.ApplicationIndex;
import org.studiebro.applications.publishing.AcknowledgedPublisher;
import org.studiebro.applications.status.ApplicationStates;
import org.studiebro.applications.web.IdempotencyKeys;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.plumbing.problem.Problems;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.events.EventMetadata;
import org.studiebro.schemas.Topics;
import org.studiebro.applications.access.ApplicationReaders;
import org.studiebro.websecurity.Caller;
import org.springframework.http.HttpStatus;
import java.net.URI;

/**
 * The learner withdraws an application, whatever it has come to, an admission included (they decline the
 * seat): ApplicationWithdrawalRequested goes to applications.withdrawals and the routing-service withdraws every
 * open seat request and cost request. Only an application already WITHDRAWN is refused. A repeated request (same
 * Idempotency-Key) is answered again without a second record, and so is another request while the first is
 * still on its way through routing: one withdrawal per application is enough.
 */
@Service
class LearnerWithdrawal {

    /** 409: the application is withdrawn already, so there is nothing left to withdraw. */
    static final URI ALREADY_WITHDRAWN = URI.create("urn:studiebro:problem:already-withdrawn");

    private static final Logger log = LoggerFactory.getLogger(LearnerWithdrawal.class);

    private final WithdrawalFormReader reader;
    private final ApplicationIndex applications;
    private final ApplicationStates states;
    private final WithdrawalRequests withdrawals;
    private final AcknowledgedPublisher publisher;
    private final WithdrawalProperties properties;
    private final ApplicationReaders readers;
    private final Clock clock;
    // Applications whose withdrawal is being published here right now.
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    LearnerWithdrawal(WithdrawalFormReader reader, ApplicationIndex applications, ApplicationStates states,
            WithdrawalRequests withdrawals, KafkaTemplate<String, Object> template, WithdrawalProperties properties,
            ApplicationReaders readers, Clock clock) {
        this.reader = reader;
        this.readers = readers;
        this.applications = applications;
        this.states = states;
        this.withdrawals = withdrawals;
        this.publisher = new AcknowledgedPublisher(template, properties.publishTimeout(), properties.retryAfter(),
                "withdrawal");
        this.properties = properties;
        this.clock = clock;
    }

    AcceptedWithdrawal withdraw(Caller caller, String applicationId, String idempotencyKey, byte[] body,
            List<InvalidField> headerErrors) {
        if (!applications.isReady() || !states.isReady() || !withdrawals.isReady()) {
            throw Problems.unavailable("Withdrawals are still reading applications.submitted, applications.status"
                    + " and applications.withdrawals.", properties.retryAfter(), null);
        }
        List<InvalidField> errors = new ArrayList<>(headerErrors);
        Optional<WithdrawalForm> form = reader.read(body, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalidRequest(errors);
        }
        ApplicationIndex.Origin origin = applications.originOf(applicationId)
                .orElseThrow(() -> Problems.notFound("No application with this id is known."));
        readers.checkWithdrawal(caller, states.nationalIdOf(applicationId).orElse(null));
        String reason = form.orElseThrow().normalisedReason();
        String eventId = WithdrawalEventIds.of(applicationId, idempotencyKey);
        if (!inFlight.add(applicationId)) {
            throw Problems.conflict("Request in progress",
                    "A withdrawal of this application is still being processed; retry once it has been answered.",
                    List.of(new InvalidField(IdempotencyKeys.HEADER, "is in use by a request in progress")));
        }
        try {
            Optional<WithdrawalRequests.Requested> earlier = withdrawals.of(applicationId);
            if (earlier.isPresent() && earlier.get().eventId().equals(eventId)) {
                return repeated(applicationId, earlier.get(), reason);
            }
            if (states.stateOf(applicationId).filter(ApplicationState.WITHDRAWN::equals).isPresent()) {
                log.info("Refused a withdrawal of application {}: already withdrawn", applicationId);
                throw Problems.of(HttpStatus.CONFLICT, ALREADY_WITHDRAWN, "Already withdrawn",
                        "Application " + applicationId + " is withdrawn already.");
            }
            if (earlier.isPresent()) {
                log.info("Withdrawal of application {} requested again while the first is under way: not published"
                        + " again", applicationId);
                return AcceptedWithdrawal.of(applicationId);
            }
            ApplicationWithdrawalRequested withdrawal = ApplicationWithdrawalRequested.newBuilder()
                    .setMetadata(metadata(eventId, origin))
                    .setApplicationId(applicationId)
                    .setReason(reason)
                    .setSource(origin.source())
                    .build();
            publisher.publish(Topics.APPLICATIONS_WITHDRAWALS, applicationId, withdrawal);
            withdrawals.remember(withdrawal);
            log.info("Withdrawal of application {} requested through {}", applicationId, origin.source());
            return AcceptedWithdrawal.of(applicationId);
        } finally {
            inFlight.remove(applicationId);
        }
    }

    /** The event id stands for the Idempotency-Key; the correlation id is the application's, as for all its events. */
    private EventMetadata metadata(String eventId, ApplicationIndex.Origin origin) {
        return EventMetadata.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(clock.instant())
                .setCorrelationId(origin.correlationId())
                .setCausationId(null)
                .setProducer(ApplicationsServiceApplication.SERVICE_NAME)
                .build();
    }

    private static AcceptedWithdrawal repeated(String applicationId, WithdrawalRequests.Requested earlier,
            String reason) {
        if (!Objects.equals(earlier.reason(), reason)) {
            log.info("Refused a withdrawal reusing the Idempotency-Key of application {}'s withdrawal with another"
                    + " reason", applicationId);
            throw Problems.conflict("Idempotency-Key reused with a different request",
                    "The withdrawal of application " + applicationId
                            + " was requested with this Idempotency-Key and another reason.",
                    List.of(new InvalidField(IdempotencyKeys.HEADER, "was used for a different request")));
        }
        log.info("Repeated withdrawal of application {}: answered again, not published again", applicationId);
        return AcceptedWithdrawal.of(applicationId);
    }
}

package org.studiebro.routing.rules;

import java.time.Instant;

import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestReminded;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;
import org.studiebro.events.StatusChange;
import org.studiebro.schemas.Events;

/**
 * Builds the events that one input causes. Their event ids follow from the cause's, so that reprocessing the same
 * input after a failure yields the same ids; all carry the application's correlation id.
 */
public final class RoutingEvents {

    /** The routing-service's name as the producer of its events and the owner of its replay topic. */
    public static final String PRODUCER = "routing-service";

    private final EventMetadata cause;
    private final String correlationId;
    private final Instant now;

    RoutingEvents(EventMetadata cause, String correlationId, Instant now) {
        this.cause = cause;
        this.correlationId = correlationId;
        this.now = now;
    }

    /**
     * Events that follow from routing's own earlier cost request rather than from an input: its reminders. Their
     * ids follow from the request's id and the reminder's number.
     */
    static RoutingEvents followingCostRequest(CostRequest request, String correlationId, Instant now) {
        EventMetadata cause = EventMetadata.newBuilder()
                .setEventId(request.eventId())
                .setOccurredAt(request.requestedAt())
                .setCorrelationId(correlationId)
                .setProducer(PRODUCER)
                .build();
        return new RoutingEvents(cause, correlationId, now);
    }

    SeatRequestEvent seatRequested(ApplicationRouting application, RoutedChoice choice) {
        return seatRequest(application, choice, "seat-requested/", SeatRequested.newBuilder()
                .setApplicant(application.applicant().toAvro())
                .setCourseCode(choice.courseCode())
                .setPriorityGroup(application.priorityGroup())
                .setCostDecision(choice.costDecision())
                .setSubmittedAt(application.submittedAt())
                .build());
    }

    SeatRequestEvent seatRequestWithdrawn(ApplicationRouting application, RoutedChoice choice, Decision decision) {
        return seatRequest(application, choice, "seat-request-withdrawn/", SeatRequestWithdrawn.newBuilder()
                .setReasonCode(decision.reasonCode())
                .setReason(decision.reason())
                .build());
    }

    CostRequestEvent costRequested(ApplicationRouting application, RoutedChoice choice, CourseEventPublished event) {
        return costRequest(application, choice, "cost-requested/", CostDecisionRequested.newBuilder()
                .setApplicant(application.applicant().toAvro())
                .setCourseCode(event.getCourseCode())
                .setCourseName(event.getCourseName())
                .setCourseKind(event.getCourseKind())
                .setPrincipalMunicipality(event.getPrincipalMunicipality())
                .setSeatOwner(event.getSeatOwner())
                .setStartDate(event.getStartDate())
                .setPacePercent(event.getPacePercent())
                .build());
    }

    /** A reminder of the choice's open cost request, numbered as the request now counts it. */
    CostRequestEvent costRequestReminded(ApplicationRouting application, RoutedChoice choice) {
        CostRequest request = choice.costRequest();
        return costRequest(application, choice, "cost-reminded/" + request.reminders() + "/",
                CostRequestReminded.newBuilder()
                        .setRequestedAt(request.requestedAt())
                        .setReminder(request.reminders())
                        .build());
    }

    CostRequestEvent costRequestWithdrawn(ApplicationRouting application, RoutedChoice choice, Decision decision) {
        return costRequest(application, choice, "cost-request-withdrawn/", CostRequestWithdrawn.newBuilder()
                .setReasonCode(decision.reasonCode())
                .setReason(decision.reason())
                .build());
    }

    ApplicationStatusChanged statusChanged(ApplicationRouting application, StatusChange change) {
        return ApplicationStatusChanged.newBuilder()
                .setMetadata(metadata("status/" + application.version()))
                .setApplicationId(application.applicationId())
                .setVersion(application.version())
                .setApplicant(application.applicant().toAvro())
                .setSubmittedAt(application.submittedAt())
                .setStatus(application.status())
                .setChoices(application.choices().stream().map(RoutedChoice::toStatus).toList())
                .setChange(change)
                .build();
    }

    private SeatRequestEvent seatRequest(ApplicationRouting application, RoutedChoice choice, String kind,
            Object change) {
        return SeatRequestEvent.newBuilder()
                .setMetadata(metadata(kind + choice.rank()))
                .setApplicationId(application.applicationId())
                .setSeatOwner(choice.seatOwner())
                .setCourseEventId(choice.courseEventId())
                .setChoiceRank(choice.rank())
                .setChange(change)
                .build();
    }

    private CostRequestEvent costRequest(ApplicationRouting application, RoutedChoice choice, String kind,
            Object change) {
        return CostRequestEvent.newBuilder()
                .setMetadata(metadata(kind + choice.rank()))
                .setApplicationId(application.applicationId())
                .setHomeMunicipality(application.homeMunicipality())
                .setCourseEventId(choice.courseEventId())
                .setChoiceRank(choice.rank())
                .setChange(change)
                .build();
    }

    private EventMetadata metadata(String discriminator) {
        EventMetadata metadata = Events.derivedMetadata(cause, discriminator, PRODUCER, now);
        metadata.setCorrelationId(correlationId);
        return metadata;
    }
}

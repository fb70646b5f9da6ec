package org.studiebro.schemas;

import java.util.List;
import java.util.Optional;

import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.ApplicationWithdrawalRequested;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.PersonalDataRead;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;

/**
 * Every topic with a contract: its key type, its value type and its one writer. The names are {@link Topics}'.
 * Dead-letter and replay topics are not here: they carry other topics' records as bytes (each service writes only
 * its own dead letters; the operators' replay command writes the replays).
 */
public final class TopicRegistry {

    public static final Topic<String, ApplicationSubmitted> APPLICATIONS_SUBMITTED = Topic.fixed(
            Topics.APPLICATIONS_SUBMITTED, String.class, ApplicationSubmitted.class, Service.APPLICATIONS_SERVICE);
    public static final Topic<String, ApplicationWithdrawalRequested> APPLICATIONS_WITHDRAWALS = Topic.fixed(
            Topics.APPLICATIONS_WITHDRAWALS, String.class, ApplicationWithdrawalRequested.class,
            Service.APPLICATIONS_SERVICE);
    public static final Topic<String, ApplicationStatusChanged> APPLICATIONS_STATUS = Topic.fixed(
            Topics.APPLICATIONS_STATUS, String.class, ApplicationStatusChanged.class, Service.ROUTING_SERVICE);
    public static final Topic<String, CourseEventPublished> CATALOG_COURSE_EVENTS = Topic.fixed(
            Topics.CATALOG_COURSE_EVENTS, String.class, CourseEventPublished.class, Service.REFERENCE_DATA_SERVICE);
    public static final Topic<String, MunicipalityRegistered> REFERENCE_MUNICIPALITIES = Topic.fixed(
            Topics.REFERENCE_MUNICIPALITIES, String.class, MunicipalityRegistered.class,
            Service.REFERENCE_DATA_SERVICE);
    public static final Topic<String, ProviderRegistered> REFERENCE_PROVIDERS = Topic.fixed(
            Topics.REFERENCE_PROVIDERS, String.class, ProviderRegistered.class, Service.REFERENCE_DATA_SERVICE);
    public static final Topic<String, CooperationAreaDefined> REFERENCE_COOPERATION_AREAS = Topic.fixed(
            Topics.REFERENCE_COOPERATION_AREAS, String.class, CooperationAreaDefined.class,
            Service.REFERENCE_DATA_SERVICE);
    public static final Topic<String, NotificationDispatched> NOTIFICATIONS_DISPATCHED = Topic.fixed(
            Topics.NOTIFICATIONS_DISPATCHED, String.class, NotificationDispatched.class,
            Service.NOTIFICATION_SERVICE);
    public static final Topic<String, PersonalDataRead> AUDIT_PERSONAL_DATA_READS = Topic.fixed(
            Topics.AUDIT_PERSONAL_DATA_READS, String.class, PersonalDataRead.class, Service.APPLICATIONS_SERVICE);

    /** The hot path's fixed topics: the router writes the requests, its party edge the decisions it checked. */
    public static final Topic<String, SeatRequestEvent> ROUTING_SEAT_REQUESTS = Topic.fixed(
            Topics.ROUTING_SEAT_REQUESTS, String.class, SeatRequestEvent.class, Service.ROUTING_SERVICE);
    public static final Topic<String, CostRequestEvent> ROUTING_COST_REQUESTS = Topic.fixed(
            Topics.ROUTING_COST_REQUESTS, String.class, CostRequestEvent.class, Service.ROUTING_SERVICE);
    public static final Topic<String, SeatDecided> ROUTING_SEAT_DECISIONS = Topic.fixed(
            Topics.ROUTING_SEAT_DECISIONS, String.class, SeatDecided.class, Service.ROUTING_SERVICE);
    public static final Topic<String, CostDecided> ROUTING_COST_DECISIONS = Topic.fixed(
            Topics.ROUTING_COST_DECISIONS, String.class, CostDecided.class, Service.ROUTING_SERVICE);

    /** The parties' own topics: the routing-service's party edge writes the requests, the parties their answers. */
    public static final Topic<String, SeatRequestEvent> SEAT_REQUESTS = Topic.perParty(
            Topics.SEAT_REQUESTS_PREFIX, String.class, SeatRequestEvent.class, Service.ROUTING_SERVICE);
    public static final Topic<String, SeatDecided> SEAT_DECISIONS = Topic.perParty(
            Topics.SEAT_DECISIONS_PREFIX, String.class, SeatDecided.class, Service.REFERENCE_PARTIES);
    public static final Topic<String, CostRequestEvent> COST_REQUESTS = Topic.perParty(
            Topics.COST_REQUESTS_PREFIX, String.class, CostRequestEvent.class, Service.ROUTING_SERVICE);
    public static final Topic<String, CostDecided> COST_DECISIONS = Topic.perParty(
            Topics.COST_DECISIONS_PREFIX, String.class, CostDecided.class, Service.REFERENCE_PARTIES);
    public static final Topic<String, MunicipalityNotice> MUNICIPALITY_NOTICES = Topic.perParty(
            Topics.MUNICIPALITY_NOTICES_PREFIX, String.class, MunicipalityNotice.class,
            Service.NOTIFICATION_SERVICE);

    private static final List<Topic<?, ?>> ALL = List.of(APPLICATIONS_SUBMITTED, APPLICATIONS_WITHDRAWALS,
            APPLICATIONS_STATUS, CATALOG_COURSE_EVENTS, REFERENCE_MUNICIPALITIES, REFERENCE_PROVIDERS,
            REFERENCE_COOPERATION_AREAS, NOTIFICATIONS_DISPATCHED, AUDIT_PERSONAL_DATA_READS, ROUTING_SEAT_REQUESTS,
            ROUTING_COST_REQUESTS, ROUTING_SEAT_DECISIONS, ROUTING_COST_DECISIONS, SEAT_REQUESTS, SEAT_DECISIONS,
            COST_REQUESTS, COST_DECISIONS, MUNICIPALITY_NOTICES);

    private TopicRegistry() {
    }

    /** Every topic and family with a contract, the fixed topics first. */
    public static List<Topic<?, ?>> all() {
        return ALL;
    }

    /** The topic or family the named topic belongs to; empty for dead letters, replays and others' topics. */
    public static Optional<Topic<?, ?>> of(String topic) {
        return ALL.stream().filter(registered -> registered.matches(topic)).findFirst();
    }
}

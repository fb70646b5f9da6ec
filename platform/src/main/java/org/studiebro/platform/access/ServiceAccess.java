package org.studiebro.platform.access;

import static org.studiebro.schemas.Topics.APPLICATIONS_STATUS;
import static org.studiebro.schemas.Topics.APPLICATIONS_SUBMITTED;
import static org.studiebro.schemas.Topics.APPLICATIONS_WITHDRAWALS;
import static org.studiebro.schemas.Topics.CATALOG_COURSE_EVENTS;
import static org.studiebro.schemas.Topics.COST_DECISIONS_PREFIX;
import static org.studiebro.schemas.Topics.COST_REQUESTS_PREFIX;
import static org.studiebro.schemas.Topics.MUNICIPALITY_NOTICES_PREFIX;
import static org.studiebro.schemas.Topics.NOTIFICATIONS_DISPATCHED;
import static org.studiebro.schemas.Topics.REFERENCE_COOPERATION_AREAS;
import static org.studiebro.schemas.Topics.REFERENCE_MUNICIPALITIES;
import static org.studiebro.schemas.Topics.REFERENCE_PROVIDERS;
import static org.studiebro.schemas.Topics.ROUTING_PREFIX;
import static org.studiebro.schemas.Topics.SEAT_DECISIONS_PREFIX;
import static org.studiebro.schemas.Topics.SEAT_REQUESTS_PREFIX;

import java.util.List;

import org.apache.kafka.common.acl.AclBinding;
import org.studiebro.schemas.Service;
import org.studiebro.schemas.Topic;
import org.studiebro.schemas.TopicRegistry;
import org.studiebro.schemas.Topics;

/**
 * Least privilege for each service's user (named as the service): it writes only the topics the {@link TopicRegistry}
 * names it the writer of, and its own dead letters; it reads only its inputs and its own replays; it owns only its
 * own consumer groups, transactional ids and Kafka Streams internal topics, all named with its prefix.
 */
final class ServiceAccess {

    private ServiceAccess() {
    }

    static List<AclBinding> of(Service service) {
        Grants grants = Grants.of(service.serviceName());
        TopicRegistry.all().stream().filter(topic -> topic.writer() == service).forEach(topic -> write(grants, topic));
        switch (service) {
            case APPLICATIONS_SERVICE -> grants
                    .reads(APPLICATIONS_SUBMITTED, APPLICATIONS_WITHDRAWALS, APPLICATIONS_STATUS, CATALOG_COURSE_EVENTS,
                            REFERENCE_MUNICIPALITIES)
                    .owns(service.serviceName());
            // The router reads back its own routing.* topics: the hot path is one exactly-once pipeline across them.
            case ROUTING_SERVICE -> grants
                    .reads(APPLICATIONS_SUBMITTED, APPLICATIONS_WITHDRAWALS, APPLICATIONS_STATUS, CATALOG_COURSE_EVENTS,
                            REFERENCE_MUNICIPALITIES, REFERENCE_COOPERATION_AREAS)
                    .readsEvery(ROUTING_PREFIX, SEAT_DECISIONS_PREFIX, COST_DECISIONS_PREFIX)
                    .owns("studiebro-routing");
            // It reads back the notices it wrote, for its API (MunicipalityNoticeReader).
            case NOTIFICATION_SERVICE -> grants
                    .reads(APPLICATIONS_STATUS, NOTIFICATIONS_DISPATCHED, REFERENCE_MUNICIPALITIES)
                    .readsEvery(MUNICIPALITY_NOTICES_PREFIX)
                    .owns(service.serviceName());
            // The sample parties of the local platform, all in one process; a real party runs as its own user.
            case REFERENCE_PARTIES -> grants
                    .readsEvery(SEAT_REQUESTS_PREFIX, COST_REQUESTS_PREFIX)
                    .reads(CATALOG_COURSE_EVENTS)
                    .owns("studiebro-reference-");
            // The import reads back what the topics hold to publish only changes, and creates the parties' topics.
            case REFERENCE_DATA_SERVICE -> grants
                    .reads(CATALOG_COURSE_EVENTS, REFERENCE_MUNICIPALITIES, REFERENCE_PROVIDERS,
                            REFERENCE_COOPERATION_AREAS)
                    .createsEvery(SEAT_REQUESTS_PREFIX, SEAT_DECISIONS_PREFIX, COST_REQUESTS_PREFIX,
                            COST_DECISIONS_PREFIX, MUNICIPALITY_NOTICES_PREFIX)
                    .transacts("reference-data-import-");
        }
        // A dead letter is written once: the publisher reads its topic back to find those written before a restart.
        if (service != Service.REFERENCE_DATA_SERVICE) {
            grants.writes(Topics.deadLetters(service.serviceName()))
                    .reads(Topics.deadLetters(service.serviceName()), Topics.replays(service.serviceName()))
                    .creates(Topics.deadLetters(service.serviceName()), Topics.replays(service.serviceName()));
        }
        return grants.bindings();
    }

    private static void write(Grants grants, Topic<?, ?> topic) {
        if (topic.isPerParty()) {
            grants.writesEvery(topic.name());
        } else {
            grants.writes(topic.name());
        }
    }
}

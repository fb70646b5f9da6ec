package org.studiebro.schemas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.avro.Schema;

/**
 * The names of every topic of the platform; {@link TopicRegistry} binds each to its types and its one writer.
 * Per-party topics carry the party id (se-1480, no-4601, a provider slug) so that broker ACLs can give each party
 * only its own records.
 */
public final class Topics {

    /** Written by the applications-service. */
    public static final String APPLICATIONS_SUBMITTED = "applications.submitted";
    /** Written by the applications-service: the learner's withdrawals. */
    public static final String APPLICATIONS_WITHDRAWALS = "applications.withdrawals";
    /** Written by the routing-service. */
    public static final String APPLICATIONS_STATUS = "applications.status";
    /** Compacted; written by the reference-data-service's catalog import. */
    public static final String CATALOG_COURSE_EVENTS = "catalog.course-events";
    /** Compacted; written by the reference-data-service's reference-data import. */
    public static final String REFERENCE_MUNICIPALITIES = "reference.municipalities";
    /** Compacted; written by the reference-data-service's catalog import. */
    public static final String REFERENCE_PROVIDERS = "reference.providers";
    /** Compacted; written by the reference-data-service's reference-data import. */
    public static final String REFERENCE_COOPERATION_AREAS = "reference.cooperation-areas";
    /** Written by the notification-service. */
    public static final String NOTIFICATIONS_DISPATCHED = "notifications.dispatched";
    /** Written by the applications-service: every read of an application by an officer or operator; operators read it. */
    public static final String AUDIT_PERSONAL_DATA_READS = "audit.personal-data-reads";

    /*
     * The hot path's own topics. Routing's requests and the parties' decisions travel on these few fixed topics,
     * keyed by application id and co-partitioned with applications.submitted, so that routing's transactions touch
     * a handful of partitions. The party edge of the routing-service copies them to and from the per-party topics
     * in batches; no party reads or writes these.
     */
    public static final String ROUTING_PREFIX = "routing.";
    /** Written by the routing-service's router, read by its party edge. */
    public static final String ROUTING_SEAT_REQUESTS = "routing.seat-requests";
    /** Written by the routing-service's router, read by its party edge. */
    public static final String ROUTING_COST_REQUESTS = "routing.cost-requests";
    /** Written by the routing-service's party edge (each checked against its party's topic), read by the router. */
    public static final String ROUTING_SEAT_DECISIONS = "routing.seat-decisions";
    /** Written by the routing-service's party edge (each checked against its party's topic), read by the router. */
    public static final String ROUTING_COST_DECISIONS = "routing.cost-decisions";

    public static final String SEAT_REQUESTS_PREFIX = "seat-requests.";
    public static final String SEAT_DECISIONS_PREFIX = "seat-decisions.";
    public static final String COST_REQUESTS_PREFIX = "cost-requests.";
    public static final String COST_DECISIONS_PREFIX = "cost-decisions.";
    public static final String MUNICIPALITY_NOTICES_PREFIX = "municipality-notices.";
    public static final String DEAD_LETTERS_PREFIX = "dead-letters.";
    public static final String REPLAYS_PREFIX = "replays.";

    public static final Pattern SEAT_REQUESTS = prefixPattern(SEAT_REQUESTS_PREFIX);
    public static final Pattern SEAT_DECISIONS = prefixPattern(SEAT_DECISIONS_PREFIX);
    public static final Pattern COST_REQUESTS = prefixPattern(COST_REQUESTS_PREFIX);
    public static final Pattern COST_DECISIONS = prefixPattern(COST_DECISIONS_PREFIX);
    public static final Pattern MUNICIPALITY_NOTICES = prefixPattern(MUNICIPALITY_NOTICES_PREFIX);
    public static final Pattern DEAD_LETTERS = prefixPattern(DEAD_LETTERS_PREFIX);

    /**
     * Partitions of a party's own topics. A party reads its requests in order and nothing joins them any more (the
     * hot path runs on the co-partitioned routing.* topics), so one is enough; every partition more costs the broker
     * fetch and transaction-marker work on each of ~120 topics.
     */
    public static final int PARTY_TOPIC_PARTITIONS = 1;

    private static final Pattern PARTY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private Topics() {
    }

    /** Written by the routing-service, read by the seat owner. */
    public static String seatRequests(String seatOwner) {
        return SEAT_REQUESTS_PREFIX + requirePartyId(seatOwner);
    }

    /** Written by the seat owner, read by the routing-service. */
    public static String seatDecisions(String seatOwner) {
        return SEAT_DECISIONS_PREFIX + requirePartyId(seatOwner);
    }

    /** Written by the routing-service, read by the home municipality. */
    public static String costRequests(String municipality) {
        return COST_REQUESTS_PREFIX + requirePartyId(municipality);
    }

    /** Written by the home municipality, read by the routing-service. */
    public static String costDecisions(String municipality) {
        return COST_DECISIONS_PREFIX + requirePartyId(municipality);
    }

    /** Written by the notification-service, read by the municipality. */
    public static String municipalityNotices(String municipality) {
        return MUNICIPALITY_NOTICES_PREFIX + requirePartyId(municipality);
    }

    /** Records the named service could not read or process, with the reason in headers; one writer each. */
    public static String deadLetters(String service) {
        return DEAD_LETTERS_PREFIX + requirePartyId(service);
    }

    /**
     * Dead letters an operator sends back to the named service once their cause is fixed, with the original bytes
     * and origin; the service processes each as if it had arrived on its original topic. Written only by the
     * operators' replay command.
     */
    public static String replays(String service) {
        return REPLAYS_PREFIX + requirePartyId(service);
    }

    /** The party id a per-party topic belongs to: "se-1480" for "cost-requests.se-1480". */
    public static String partyOf(String topic) {
        int dot = topic.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not a per-party topic: " + topic);
        }
        return topic.substring(dot + 1);
    }

    public static boolean isPartyId(String id) {
        return id != null && PARTY_ID.matcher(id).matches();
    }

    /** The topics every deployment has, with their value schema; per-party topics come with their parties. */
    public static Map<String, Schema> coreTopics() {
        return TopicRegistry.all().stream()
                .filter(topic -> !topic.isPerParty())
                .collect(Collectors.toMap(Topic::name, Topic::valueSchema, (a, b) -> a, LinkedHashMap::new));
    }

    /** The topics a seat owner reads and writes. */
    public static Map<String, Schema> seatOwnerTopics(String seatOwner) {
        return Map.of(
                seatRequests(seatOwner), TopicRegistry.SEAT_REQUESTS.valueSchema(),
                seatDecisions(seatOwner), TopicRegistry.SEAT_DECISIONS.valueSchema());
    }

    /** The topics a municipality reads and writes. */
    public static Map<String, Schema> municipalityTopics(String municipality) {
        return Map.of(
                costRequests(municipality), TopicRegistry.COST_REQUESTS.valueSchema(),
                costDecisions(municipality), TopicRegistry.COST_DECISIONS.valueSchema(),
                municipalityNotices(municipality), TopicRegistry.MUNICIPALITY_NOTICES.valueSchema());
    }

    /**
     * The value schema of a topic's contract ({@link TopicRegistry}): the core topics' and the per-party topics'.
     * Empty for topics without one: dead-letter and replay topics (they carry other topics' records) and any topic
     * that is not Studiebro's, such as Kafka Streams' internal ones.
     */
    public static Optional<Schema> contractOf(String topic) {
        return TopicRegistry.of(topic).map(Topic::valueSchema);
    }

    /** A topic of one party: its requests, its decisions or its notices. */
    public static boolean isPartyTopic(String topic) {
        return SEAT_REQUESTS.matcher(topic).matches() || SEAT_DECISIONS.matcher(topic).matches()
                || COST_REQUESTS.matcher(topic).matches() || COST_DECISIONS.matcher(topic).matches()
                || MUNICIPALITY_NOTICES.matcher(topic).matches();
    }

    /** Compacted topics keep the latest record per key: reference data and the catalog. */
    public static boolean isCompacted(String topic) {
        return topic.equals(CATALOG_COURSE_EVENTS)
                || topic.equals(REFERENCE_MUNICIPALITIES)
                || topic.equals(REFERENCE_PROVIDERS)
                || topic.equals(REFERENCE_COOPERATION_AREAS);
    }

    private static Pattern prefixPattern(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "[a-z0-9][a-z0-9-]*");
    }

    private static String requirePartyId(String id) {
        if (!isPartyId(id)) {
            throw new IllegalArgumentException("not a party id (lowercase letters, digits, '-'): " + id);
        }
        return id;
    }
}

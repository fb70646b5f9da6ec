package org.studiebro.routing.edge;

import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.schemas.Topics;

/**
 * Where the hot path meets the parties. Out: routing's requests, from the few routing.* topics, to the topic of the
 * party each addresses. In: each party's decisions, from its own topic, onto the routing.* decision topics, once
 * checked to be that party's own ({@link DecisionFromTopicParty}). A party's topics stay the only place it reads
 * and writes, so broker ACLs can guard them per party, while routing's transactions stay a few partitions wide.
 * Records keep their key (the application id), so each application's order is kept on both sides.
 */
public final class PartyEdgeTopology {

    private PartyEdgeTopology() {
    }

    static Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        addTo(builder);
        return builder.build();
    }

    /** The edge's streams; public so that the router's topology tests can run both as the platform does. */
    public static void addTo(StreamsBuilder builder) {
        out(builder, Topics.ROUTING_SEAT_REQUESTS, "seat-requests",
                (SeatRequestEvent request) -> Topics.seatRequests(request.getSeatOwner()));
        out(builder, Topics.ROUTING_COST_REQUESTS, "cost-requests",
                (CostRequestEvent request) -> Topics.costRequests(request.getHomeMunicipality()));
        in(builder, Topics.SEAT_DECISIONS, Topics.ROUTING_SEAT_DECISIONS, "seat-decisions",
                new DecisionFromTopicParty<>(SeatDecided.class, SeatDecided::getSeatOwner));
        in(builder, Topics.COST_DECISIONS, Topics.ROUTING_COST_DECISIONS, "cost-decisions",
                new DecisionFromTopicParty<>(CostDecided.class, CostDecided::getHomeMunicipality));
    }

    private static <R extends SpecificRecord> void out(StreamsBuilder builder, String from, String name,
            Function<R, String> partyTopic) {
        builder.<String, SpecificRecord>stream(from, Consumed.as(name + "-out"))
                .to((applicationId, request, context) -> partyTopic.apply(cast(request)),
                        Produced.as(name + "-to-party"));
    }

    private static void in(StreamsBuilder builder, Pattern from, String to, String name,
            DecisionFromTopicParty<?> check) {
        builder.<String, Object>stream(from, Consumed.as(name + "-in"))
                .processValues(() -> check.processor(), Named.as(name + "-from-topic-party"))
                .to(to, Produced.as(name + "-to-routing"));
    }

    @SuppressWarnings("unchecked")
    private static <R extends SpecificRecord> R cast(SpecificRecord record) {
        return (R) record;
    }
}

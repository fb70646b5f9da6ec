package org.studiebro.schemas;

import java.time.Instant;
import java.util.UUID;

import org.studiebro.events.EventMetadata;

/** Builds the metadata every event carries. */
public final class Events {

    private Events() {
    }

    /** Metadata with a fresh event id. */
    public static EventMetadata metadata(String correlationId, String causationId, String producer, Instant at) {
        return EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(at)
                .setCorrelationId(correlationId)
                .setCausationId(causationId)
                .setProducer(producer)
                .build();
    }

    /**
     * Metadata whose event id follows from its cause, so that processing the same cause twice yields the same
     * event id and consumers can tell a repeat from a new fact.
     */
    public static EventMetadata derivedMetadata(EventMetadata cause, String discriminator, String producer,
            Instant at) {
        String eventId = UUID.nameUUIDFromBytes((cause.getEventId() + "/" + discriminator)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return EventMetadata.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(at)
                .setCorrelationId(cause.getCorrelationId())
                .setCausationId(cause.getEventId())
                .setProducer(producer)
                .build();
    }
}

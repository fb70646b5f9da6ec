package org.studiebro.reference.seatowner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.reference.web.PartyStores;

/** The seat requests kept for manual seat owners, and the seats they compete for, read from the seat owner's stores. */
final class PendingSeatRequests {

    private final PartyStores stores;
    private final Deserializer<CourseEventPublished> courseEvents;

    PendingSeatRequests(PartyStores stores, Deserializer<CourseEventPublished> courseEvents) {
        this.stores = stores;
        this.courseEvents = courseEvents;
    }

    /** By course event, then in the order the reference rules would rank them (priority group, then time). */
    List<PendingSeatRequest> of(String seatOwner) {
        List<PendingSeatRequest> found = new ArrayList<>();
        try (KeyValueIterator<String, PendingSeatRequest> all =
                     stores.<PendingSeatRequest>keyValueStore(SeatOwnerTopology.PENDING_STORE).all()) {
            all.forEachRemaining(entry -> {
                if (seatOwner.equals(entry.value.seatOwner())) {
                    found.add(entry.value);
                }
            });
        }
        found.sort(Comparator.comparing(PendingSeatRequest::courseEventId)
                .thenComparing(PendingSeatRequest::holder, SeatHolder.RESERVE_ORDER));
        return found;
    }

    Optional<PendingSeatRequest> find(String seatOwner, String applicationId, String courseEventId, int choiceRank) {
        PendingSeatRequest pending = stores.<PendingSeatRequest>keyValueStore(SeatOwnerTopology.PENDING_STORE)
                .get(PendingSeatRequest.key(courseEventId, applicationId));
        return Optional.ofNullable(pending)
                .filter(request -> seatOwner.equals(request.seatOwner()))
                .filter(request -> request.holder().choiceRank() == choiceRank);
    }

    /** Seats of a running course event not taken yet; none for an unknown or cancelled one. */
    int freeSeats(String courseEventId) {
        var catalog = new Catalog(stores.<byte[]>keyValueStore(SeatOwnerTopology.CATALOG_STORE)::get, courseEvents);
        SeatCounts counts = stores.<SeatCounts>keyValueStore(SeatOwnerTopology.COUNTS_STORE).get(courseEventId);
        int admitted = counts == null ? 0 : counts.admitted();
        return Math.max(0, AdmissionRules.seatsOf(catalog.courseEvent(courseEventId)) - admitted);
    }
}

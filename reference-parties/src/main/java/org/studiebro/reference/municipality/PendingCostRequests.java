package org.studiebro.reference.municipality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.studiebro.reference.web.PartyStores;

/** The cost requests kept for manual municipalities, read from the municipality's state store. */
final class PendingCostRequests {

    private final PartyStores stores;

    PendingCostRequests(PartyStores stores) {
        this.stores = stores;
    }

    /** Oldest first: the order an officer works through them. */
    List<PendingCostRequest> of(String municipality) {
        List<PendingCostRequest> found = new ArrayList<>();
        try (KeyValueIterator<String, PendingCostRequest> all =
                     stores.<PendingCostRequest>keyValueStore(MunicipalityTopology.PENDING_STORE).all()) {
            all.forEachRemaining(entry -> {
                if (municipality.equals(entry.value.homeMunicipality())) {
                    found.add(entry.value);
                }
            });
        }
        found.sort(Comparator.comparing(PendingCostRequest::requestedAt));
        return found;
    }

    Optional<PendingCostRequest> find(String municipality, String applicationId, int choiceRank) {
        try (KeyValueIterator<String, PendingCostRequest> ofApplication =
                     stores.<PendingCostRequest>keyValueStore(MunicipalityTopology.PENDING_STORE)
                             .prefixScan(PendingCostRequest.key(applicationId, ""), new StringSerializer())) {
            while (ofApplication.hasNext()) {
                KeyValue<String, PendingCostRequest> entry = ofApplication.next();
                if (municipality.equals(entry.value.homeMunicipality()) && entry.value.choiceRank() == choiceRank) {
                    return Optional.of(entry.value);
                }
            }
        }
        return Optional.empty();
    }
}

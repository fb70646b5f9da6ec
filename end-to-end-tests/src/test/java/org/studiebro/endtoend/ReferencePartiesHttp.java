package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The manual parties' officers at work on the reference-parties service: a seat owner's admissions office and a
 * home municipality's officer, each seeing only the requests waiting on their own party.
 */
final class ReferencePartiesHttp {

    private final URI referenceParties;
    private final JsonHttp http = new JsonHttp();

    ReferencePartiesHttp(String referencePartiesUrl) {
        this.referenceParties = URI.create(referencePartiesUrl);
    }

    /**
     * An officer's seat decision, answered 202 (handed on), 404 (no such request waits on the owner, or not yet),
     * 409 (no free seat) or 503 (the seat owner's stream is not running yet).
     */
    HttpResponse<String> decideSeat(String seatOwner, String decision) {
        return http.post(referenceParties.resolve("/api/v1/seat-owners/" + seatOwner + "/seat-decisions"), decision);
    }

    /** The seat requests waiting on a manual seat owner's officers. */
    List<JsonNode> pendingSeatRequests(String seatOwner) {
        return pending(referenceParties.resolve("/api/v1/seat-owners/" + seatOwner + "/seat-requests"));
    }

    /** The cost requests waiting on a manual home municipality's officers. */
    List<JsonNode> pendingCostRequests(String municipality) {
        return pending(referenceParties.resolve("/api/v1/municipalities/" + municipality + "/cost-requests"));
    }

    private List<JsonNode> pending(URI uri) {
        HttpResponse<String> response = http.get(uri);
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JsonHttp.elements(JsonHttp.read(response.body()), "requests");
    }
}

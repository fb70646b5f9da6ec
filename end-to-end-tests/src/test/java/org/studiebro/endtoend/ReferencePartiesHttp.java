package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The manual parties' officers at work on the reference-parties service: a seat owner's admissions office and a
 * home municipality's officer, each signed in as the party's sample officer ({@code <party>-officer}) and seeing
 * only the requests waiting on their own party.
 */
final class ReferencePartiesHttp {

    private final URI referenceParties;
    private final PlatformTokens tokens;
    private final JsonHttp http = new JsonHttp();

    ReferencePartiesHttp(String referencePartiesUrl, PlatformTokens tokens) {
        this.referenceParties = URI.create(referencePartiesUrl);
        this.tokens = tokens;
    }

    /**
     * An officer's seat decision, answered 202 (handed on), 404 (no such request waits on the owner, or not yet),
     * 409 (no free seat) or 503 (the seat owner's stream is not running yet).
     */
    HttpResponse<String> decideSeat(String seatOwner, String decision) {
        return http.post(referenceParties.resolve("/api/v1/seat-owners/" + seatOwner + "/seat-decisions"), decision,
                JsonHttp.bearer(officerOf(seatOwner)));
    }

    /** The seat requests waiting on a manual seat owner's officers. */
    List<JsonNode> pendingSeatRequests(String seatOwner) {
        return pending(referenceParties.resolve("/api/v1/seat-owners/" + seatOwner + "/seat-requests"),
                officerOf(seatOwner));
    }

    /** The cost requests waiting on a manual home municipality's officers. */
    List<JsonNode> pendingCostRequests(String municipality, String officer) {
        return pending(referenceParties.resolve("/api/v1/municipalities/" + municipality + "/cost-requests"),
                tokens.person(officer));
    }

    private String officerOf(String seatOwner) {
        return tokens.person(seatOwner + "-officer");
    }

    private List<JsonNode> pending(URI uri, String token) {
        HttpResponse<String> response = http.get(uri, JsonHttp.bearer(token));
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JsonHttp.elements(JsonHttp.read(response.body()), "requests");
    }
}

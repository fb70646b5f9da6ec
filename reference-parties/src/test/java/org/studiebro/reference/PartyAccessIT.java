package org.studiebro.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.studiebro.testsupport.Endpoint;
import org.studiebro.testsupport.RefusedTokens;
import org.studiebro.testsupport.TestTokens;

/**
 * Who may call a manual party's endpoints, with tokens of the real local provider: no token and forged ones are
 * 401; another municipality's or seat owner's officer, another role, the operator and a form are 403; the party's
 * own officer passes. Its decisions being applied (202) is {@link ManualDecisionsIT}'s, with the same tokens.
 */
@ManualPartiesTest
class PartyAccessIT {

    private static final String MUNICIPALITY = "/api/v1/municipalities/" + ManualPartiesTest.MUNICIPALITY;
    private static final String SEAT_OWNER = "/api/v1/seat-owners/" + ManualPartiesTest.OWNER;
    // Well-formed, so that only the token decides; no such request waits, so the party's officer gets 404.
    private static final Endpoint COST_REQUESTS = Endpoint.get(MUNICIPALITY + "/cost-requests");
    private static final Endpoint COST_DECISIONS = Endpoint.post(MUNICIPALITY + "/cost-decisions", """
            {"applicationId": "no-such-application", "choiceRank": 1, "outcome": "APPROVED",
             "reason": "Avtal finns", "decidedBy": "handläggare Eva"}""");
    private static final Endpoint SEAT_REQUESTS = Endpoint.get(SEAT_OWNER + "/seat-requests");
    private static final Endpoint SEAT_DECISIONS = Endpoint.post(SEAT_OWNER + "/seat-decisions", """
            {"applicationId": "no-such-application", "courseEventId": "no-such-event", "choiceRank": 1,
             "outcome": "ADMITTED", "reason": "Antagen", "decidedBy": "antagningen, Omar"}""");

    @LocalServerPort
    private int port;

    @BeforeAll
    static void provision() {
        ManualPartyTopics.provision();
    }

    @TestFactory
    Stream<DynamicTest> withoutAValidTokenEveryEndpointIs401() {
        return RefusedTokens.eachIs401(port, COST_REQUESTS, COST_DECISIONS, SEAT_REQUESTS, SEAT_DECISIONS);
    }

    @Test
    void onlyTheMunicipalitysOwnOfficerSeesAndDecidesItsCostRequests() {
        for (Endpoint endpoint : new Endpoint[] {COST_REQUESTS, COST_DECISIONS}) {
            assertThat(endpoint.status(port, TestTokens.user("bergen-officer"))).as(endpoint + " by Bergen")
                    .isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.user("goteborg-vux-officer"))).as(endpoint + " by a seat owner")
                    .isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.operator())).as(endpoint + " by the operator").isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.formClient())).as(endpoint + " by a form").isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.user("anna"))).as(endpoint + " by a learner").isEqualTo(403);
        }

        assertThat(awaitListing(COST_REQUESTS, TestTokens.user("goteborg-officer"))).isEqualTo(200);
        assertThat(COST_DECISIONS.status(port, TestTokens.user("goteborg-officer"))).isEqualTo(404);
        // Its officer is no officer of another municipality.
        assertThat(Endpoint.get("/api/v1/municipalities/no-4601/cost-requests")
                .status(port, TestTokens.user("goteborg-officer"))).isEqualTo(403);
    }

    @Test
    void onlyTheSeatOwnersOwnOfficerSeesAndDecidesItsSeatRequests() {
        for (Endpoint endpoint : new Endpoint[] {SEAT_REQUESTS, SEAT_DECISIONS}) {
            assertThat(endpoint.status(port, TestTokens.user("molndal-vux-officer"))).as(endpoint + " by Mölndal")
                    .isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.user("goteborg-officer")))
                    .as(endpoint + " by a municipality").isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.operator())).as(endpoint + " by the operator").isEqualTo(403);
            assertThat(endpoint.status(port, TestTokens.formClient())).as(endpoint + " by a form").isEqualTo(403);
        }

        assertThat(awaitListing(SEAT_REQUESTS, TestTokens.user("goteborg-vux-officer"))).isEqualTo(200);
        assertThat(SEAT_DECISIONS.status(port, TestTokens.user("goteborg-vux-officer"))).isEqualTo(404);
        assertThat(Endpoint.get("/api/v1/seat-owners/molndal-vux/seat-requests")
                .status(port, TestTokens.user("goteborg-vux-officer"))).isEqualTo(403);
    }

    /** The status once the party runs: its views answer 503 while its Kafka Streams client starts. */
    private int awaitListing(Endpoint listing, String token) {
        return Awaitility.await().alias(listing + " answering").atMost(Duration.ofSeconds(90))
                .until(() -> listing.status(port, token), status -> status != 503);
    }
}

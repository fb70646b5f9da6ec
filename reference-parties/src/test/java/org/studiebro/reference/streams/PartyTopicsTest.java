package org.studiebro.reference.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.studiebro.schemas.Topics;

class PartyTopicsTest {

    @Test
    void everyPartyIsThePatternOfAllTopicsOfTheKind() {
        Pattern all = PartyTopics.subscription(Topics.SEAT_REQUESTS, Topics::seatRequests, List.of("*"));

        assertThat(all.matcher("seat-requests.a-provider-created-later").matches()).isTrue();
        assertThat(all.matcher("seat-decisions.goteborg-vux").matches()).isFalse();
    }

    @Test
    void listedPartiesAreExactlyTheirTopics() {
        Pattern listed = PartyTopics.subscription(Topics.COST_REQUESTS, Topics::costRequests,
                List.of("se-1480", " se-1440"));

        assertThat(listed.matcher("cost-requests.se-1480").matches()).isTrue();
        assertThat(listed.matcher("cost-requests.se-1440").matches()).isTrue();
        assertThat(listed.matcher("cost-requests.se-14800").matches()).isFalse();
        assertThat(listed.matcher("cost-requests.se-1401").matches()).isFalse();
    }

    @Test
    void aMalformedPartyIdOrAnEmptyListIsAConfigurationError() {
        assertThatThrownBy(() -> PartyTopics.subscription(Topics.SEAT_REQUESTS, Topics::seatRequests,
                List.of("Göteborg"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartyTopics.subscription(Topics.SEAT_REQUESTS, Topics::seatRequests, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestOnAnotherPartysTopicIsMisaddressed() {
        PartyTopics.requireAddressedTo("goteborg-vux", "seat-requests.goteborg-vux", "seat request");

        assertThatThrownBy(() -> PartyTopics.requireAddressedTo("molndal-vux", "seat-requests.goteborg-vux",
                "seat request"))
                .isInstanceOf(MisaddressedRecordException.class)
                .hasMessageContaining("molndal-vux");
    }
}

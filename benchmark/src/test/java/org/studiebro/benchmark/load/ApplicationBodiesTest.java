package org.studiebro.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ApplicationBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApplicationBodies bodies = new ApplicationBodies("t1", 1.0, LocalDate.of(2026, 11, 22));

    @Test
    void aValidApplicationNamesItsHomeItsChoicesAndAUniqueKey() throws Exception {
        PlannedRequest request = bodies.valid(7, "no-4601", List.of("bergen-a", "bergen-b"), new SplittableRandom(1));
        JsonNode body = JSON.readTree(request.body());
        assertThat(request.malformed()).isFalse();
        assertThat(request.idempotencyKey()).isEqualTo("load-t1-7");
        assertThat(body.at("/applicant/homeMunicipality").asText()).isEqualTo("no-4601");
        assertThat(body.at("/applicant/nationalId").asText()).matches("\\d{11}");
        assertThat(body.at("/applicant/language").asText()).isIn("nb", "nn", "en");
        assertThat(body.at("/applicant/email").asText()).endsWith(".7.t1@example.test");
        assertThat(body.get("choices")).extracting(JsonNode::asText).containsExactly("bergen-a", "bergen-b");
        assertThat(body.get("priorityGroup").asInt()).isBetween(1, 5);
        // The intake refuses a body that names its source: the form client's id is the source.
        assertThat(body.has("source")).isFalse();
    }

    @Test
    void swedishLearnersGetSwedishNumbers() throws Exception {
        PlannedRequest request = bodies.valid(1, "se-1480", List.of("gbg-a"), new SplittableRandom(2));
        assertThat(JSON.readTree(request.body()).at("/applicant/nationalId").asText()).matches("\\d{6}[-+]\\d{4}");
    }

    @Test
    void everyMalformedKindIsWrongInItsOwnWay() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        List<String> choices = List.of("gbg-a", "gbg-b");
        assertThat(body("unknown-municipality", choices, random).at("/applicant/homeMunicipality").asText())
                .isEqualTo("se-9999");
        assertThat(body("missing-email", choices, random).at("/applicant").has("email")).isFalse();
        assertThat(body("invalid-email", choices, random).at("/applicant/email").asText()).doesNotContain("@");
        assertThat(body("repeated-choice", choices, random).get("choices")).extracting(JsonNode::asText)
                .containsExactly("gbg-a", "gbg-a");
        assertThat(body("too-many-choices", choices, random).get("choices")).hasSize(6);
        String valid = JSON.readTree(bodies.valid(1, "se-1480", choices, new SplittableRandom(9)).body())
                .at("/applicant/nationalId").asText();
        String broken = body("bad-check-digit", choices, new SplittableRandom(9)).at("/applicant/nationalId").asText();
        assertThat(broken.substring(0, broken.length() - 1)).isEqualTo(valid.substring(0, valid.length() - 1));
        assertThat(broken).isNotEqualTo(valid);
        PlannedRequest notJson = bodies.malformed("not-json", 1, "se-1480", choices, random);
        assertThat(notJson.malformedKind()).isEqualTo("not-json");
        assertThatThrownBy(() -> JSON.readTree(notJson.body())).isInstanceOf(JsonProcessingException.class);
    }

    private JsonNode body(String kind, List<String> choices, SplittableRandom random) throws Exception {
        PlannedRequest request = bodies.malformed(kind, 1, "se-1480", choices, random);
        assertThat(request.malformedKind()).isEqualTo(kind);
        return JSON.readTree(request.body());
    }
}

package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.applications.web.JsonBodyReader;

class RequestFingerprintTest {

    private final JsonBodyReader reader = FormFixtures.reader();
    private final ApplicationFormValidator validator = FormFixtures.validator();

    @Test
    void isTheSameForTheSameRequest() {
        assertThat(fingerprint(FormFixtures.VALID)).isEqualTo(fingerprint(FormFixtures.VALID));
    }

    @Test
    void isStableAcrossReleases() {
        // Fingerprints are stored in applications.submitted and compared on every retry: changing the
        // canonical form would turn retries of earlier submissions into conflicts.
        assertThat(fingerprint(FormFixtures.VALID))
                .isEqualTo("832b5e6cf6e773196225fcbb86cf90939562cf394f14c3c19c54f929dc3d8ee6");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"811218-9876\"|\"198112189876\"",
            "\"811218-9876\"|\"19811218-9876\"",
            "\"Anna\"|\" Anna  \"",
            "anna@example.se|anna@EXAMPLE.se",
            "\"+46701234567\"|\"+46 70-123 45 67\"",
            "\"givenName\": \"Anna\", \"familyName\": \"Svensson\"|\"familyName\": \"Svensson\", \"givenName\": \"Anna\"",
    })
    void ignoresSpellingThatNormalisationRemoves(String original, String variant) {
        assertThat(fingerprint(FormFixtures.VALID.replace(original, variant))).isEqualTo(fingerprint(FormFixtures.VALID));
    }

    @Test
    void treatsComposedAndDecomposedLettersAlike() {
        String composed = FormFixtures.VALID.replace("Svensson", "Sv\u00e4nsson");
        String decomposed = FormFixtures.VALID.replace("Svensson", "Sva\u0308nsson");

        assertThat(fingerprint(decomposed)).isEqualTo(fingerprint(composed));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]|[\"molndal-matte-2027v-01\", \"gbg-vard-2027v-01\"]",
            "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]|[\"gbg-vard-2027v-01\"]",
            "\"priorityGroup\": 2,|",
            "\"priorityGroup\": 2|\"priorityGroup\": 3",
            "anna@example.se|Anna@example.se",
            "\"phone\": \"+46701234567\", |",
            "\"sv\"|\"en\"",
            "\"Anna\"|\"Anne\"",
    })
    void differsForADifferentRequest(String original, String variant) {
        assertThat(fingerprint(FormFixtures.VALID.replace(original, variant == null ? "" : variant)))
                .isNotEqualTo(fingerprint(FormFixtures.VALID));
    }

    @Test
    void aValueCannotShiftIntoItsNeighbour() {
        String a = FormFixtures.VALID.replace("\"Anna\"", "\"An\"").replace("\"Svensson\"", "\"naSvensson\"");

        assertThat(fingerprint(a)).isNotEqualTo(fingerprint(FormFixtures.VALID));
    }

    private String fingerprint(String json) {
        List<InvalidField> errors = new ArrayList<>();
        NormalisedApplication application = reader
                .read(json.getBytes(StandardCharsets.UTF_8), ApplicationForm.class, errors)
                .flatMap(form -> validator.validate(form, "gr-antagning-web", errors))
                .orElseThrow(() -> new AssertionError("invalid test request: " + errors));
        return RequestFingerprint.of(application);
    }
}

package org.studiebro.applications.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.applications.web.JsonBodyReader;

import tools.jackson.databind.json.JsonMapper;

/** The optional body of a withdrawal: a reason or nothing; anything else is named. */
class WithdrawalFormReaderTest {

    private final WithdrawalFormReader reader = new WithdrawalFormReader(
            new JsonBodyReader(JsonMapper.builder().build()), Validation.buildDefaultValidatorFactory().getValidator());
    private final List<InvalidField> errors = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "{}", "{\"reason\": null}", "{\"reason\": \"   \"}"})
    void noReasonIsAWithdrawalWithoutOne(String body) {
        Optional<WithdrawalForm> form = reader.read(bytes(body), errors);

        assertThat(errors).isEmpty();
        assertThat(form).get().extracting(WithdrawalForm::normalisedReason).isNull();
    }

    @Test
    void theReasonIsTrimmedAndInNfc() {
        // "Fick plats nära hemmet" with a decomposed ä (a + combining diaeresis).
        Optional<WithdrawalForm> form = reader.read(bytes("{\"reason\": \"  Fick plats na\u0308ra hemmet \"}"), errors);

        assertThat(errors).isEmpty();
        assertThat(form).get().extracting(WithdrawalForm::normalisedReason).isEqualTo("Fick plats nära hemmet");
    }

    @Test
    void fiveHundredCharactersAreEnoughAndOneMoreIsTooMany() {
        assertThat(reader.read(bytes("{\"reason\": \"" + "å".repeat(500) + "\"}"), errors)).isPresent();
        assertThat(errors).isEmpty();

        assertThat(reader.read(bytes("{\"reason\": \"" + "å".repeat(501) + "\"}"), errors)).isEmpty();
        assertThat(errors).containsExactly(new InvalidField("reason", "must be at most 500 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"reason\": \"<b>bort</b>\"}|reason|must not contain control characters or < >",
            "{\"reason\": \"rad ett\\nrad två\"}|reason|must not contain control characters or < >",
            "{\"reason\": \"dold\\u200Btext\"}|reason|must not contain control characters or < >",
            "{\"reason\": 42}|reason|must be a string",
            "{\"reason\": \"ok\", \"learner\": \"x\"}|learner|is not a known property",
            "[\"reason\"]|body|must be a JSON object",
            "{\"reason\": |body|is not well-formed JSON",
    })
    void namesWhatIsWrong(String body, String field, String message) {
        assertThat(reader.read(bytes(body), errors)).isEmpty();

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).startsWith(message);
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

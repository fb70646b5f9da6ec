package org.studiebro.applications.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.Language;

/** Every text the status view can ask for exists in Swedish, bokmål, nynorsk and English, and reads whole. */
class StatusMessagesTest {

    private static final StatusMessages MESSAGES = new StatusMessages();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Map<String, Object> VALUES = Map.of("position", 3, "rank", 2, "party", "stockholm-vux",
            "municipality", "Uppsala");

    /** Every key StatusInWords builds from an enum value, a reason code or a country. */
    static Stream<Arguments> keysInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(ApplicationState.values()).forEach(state -> keys.add("application." + state));
        Arrays.stream(ChoiceState.values()).forEach(state -> keys.add("choice." + state));
        keys.add("choice.RESERVE.position");
        Arrays.stream(CostDecisionState.values()).forEach(state -> keys.add("cost." + state));
        Arrays.stream(Authority.values()).forEach(authority -> keys.add("authority." + authority));
        ReasonCodes.WITH_TEXT.forEach(code -> keys.add("reason." + code));
        keys.addAll(List.of("change.choice", "change.application"));
        for (String country : List.of("SE", "NO")) {
            keys.addAll(List.of("appeal." + country + ".body", "appeal." + country + ".deadline",
                    "appeal." + country + ".text"));
        }
        return Arrays.stream(Language.values())
                .flatMap(language -> keys.stream().map(key -> Arguments.of(language, key)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("keysInEveryLanguage")
    void hasAWholeText(Language language, String key) {
        String text = MESSAGES.text(language, key, VALUES);

        assertThat(text).isNotBlank().doesNotContain("{").doesNotContain("}").isEqualTo(text.strip());
        assertThat(text).as("a key is never the text").isNotEqualTo(key);
    }

    @Test
    void everyLanguageHasTheSameKeys() {
        Set<String> swedish = MESSAGES.keys(Language.SV);
        for (Language language : Language.values()) {
            assertThat(new TreeSet<>(MESSAGES.keys(language))).as(language.name()).isEqualTo(new TreeSet<>(swedish));
        }
    }

    @Test
    void everyReasonTextBelongsToAKnownCode() {
        assertThat(MESSAGES.keys(Language.SV)).filteredOn(key -> key.startsWith("reason."))
                .map(key -> key.substring("reason.".length()))
                .containsExactlyInAnyOrderElementsOf(ReasonCodes.WITH_TEXT);
    }

    @Test
    void aTextHasTheSamePlaceholdersInEveryLanguage() {
        for (String key : MESSAGES.keys(Language.SV)) {
            Set<String> swedish = placeholders(MESSAGES.text(Language.SV, key));
            for (Language language : Language.values()) {
                assertThat(placeholders(MESSAGES.text(language, key))).as(language + " " + key).isEqualTo(swedish);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aMissingKeyFailsInsteadOfShowingTheKey(Language language) {
        assertThatThrownBy(() -> MESSAGES.text(language, "choice.NO_SUCH_STATE"))
                .isInstanceOf(MissingResourceException.class);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "SV|SE|Skolväsendets överklagandenämnd|tre veckor",
            "NB|SE|Skolväsendets överklagandenämnd|tre uker",
            "NN|SE|Skolväsendets överklagandenämnd|tre veker",
            "EN|SE|Skolväsendets överklagandenämnd|three weeks",
            "SV|NO|Statsforvalteren|tre veckor",
            "NB|NO|Statsforvalteren|tre uker",
            "NN|NO|Statsforvaltaren|tre veker",
            "EN|NO|Statsforvalteren|three weeks",
    })
    void theAppealNamesTheBodyAndTheDeadlineOfTheHomeMunicipalitysCountry(Language language, String country,
            String body, String threeWeeks) {
        assertThat(MESSAGES.text(language, "appeal." + country + ".body")).isEqualTo(body);
        assertThat(MESSAGES.text(language, "appeal." + country + ".deadline")).startsWith(threeWeeks);
        assertThat(MESSAGES.text(language, "appeal." + country + ".text", VALUES))
                .contains(body, threeWeeks, "Uppsala");
    }

    @Test
    void isReadAsUtf8() {
        assertThat(MESSAGES.text(Language.SV, "authority.UNKNOWN")).isEqualTo("Okänd");
        assertThat(MESSAGES.text(Language.NB, "authority.SEAT_OWNER", VALUES)).isEqualTo("Kursarrangøren stockholm-vux");
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

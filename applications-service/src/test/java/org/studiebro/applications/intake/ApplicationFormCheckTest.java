package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.applications.web.JsonBodyReader;
import org.studiebro.events.IdentityType;

/** Reading and validating a submitted body: each bad field is named, nothing else is. */
class ApplicationFormCheckTest {

    private final JsonBodyReader reader = FormFixtures.reader();
    private final ApplicationFormValidator validator = FormFixtures.validator();

    @Test
    void acceptsAndNormalisesAValidForm() {
        List<InvalidField> errors = new ArrayList<>();

        Optional<NormalisedApplication> application = check(FormFixtures.VALID
                .replace("\"Anna\"", "\"  Anna \"")
                .replace("anna@example.se", "anna@Example.SE")
                .replace("+46701234567", "+46 70-123 45 67"), errors);

        assertThat(errors).isEmpty();
        assertThat(application).get().satisfies(normalised -> {
            assertThat(normalised.nationalId().value()).isEqualTo("198112189876");
            assertThat(normalised.nationalId().type()).isEqualTo(IdentityType.SE_PERSONNUMMER);
            assertThat(normalised.givenName()).isEqualTo("Anna");
            assertThat(normalised.email()).isEqualTo("anna@example.se");
            assertThat(normalised.phone()).isEqualTo("+46701234567");
            assertThat(normalised.choices()).containsExactly("gbg-vard-2027v-01", "molndal-matte-2027v-01");
            assertThat(normalised.priorityGroup()).isEqualTo(2);
        });
    }

    @Test
    void acceptsANorwegianLearnerWithAFodselsnummer() {
        List<InvalidField> errors = new ArrayList<>();

        Optional<NormalisedApplication> application = check(FormFixtures.VALID
                .replace("811218-9876", "15038512363")
                .replace("se-1481", "no-4601")
                .replace("\"sv\"", "\"nb\""), errors);

        assertThat(errors).isEmpty();
        assertThat(application).get().extracting(a -> a.nationalId().type()).isEqualTo(IdentityType.NO_FODSELSNUMMER);
    }

    @Test
    void acceptsAFormWithoutTheOptionalFields() {
        List<InvalidField> errors = new ArrayList<>();

        Optional<NormalisedApplication> application = check(FormFixtures.VALID
                .replace("\"phone\": \"+46701234567\", ", "")
                .replace("\"priorityGroup\": 2,", ""), errors);

        assertThat(errors).isEmpty();
        assertThat(application).get().satisfies(normalised -> {
            assertThat(normalised.phone()).isNull();
            assertThat(normalised.priorityGroup()).isNull();
        });
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "\"811218-9876\"|\"811218-9875\"|applicant.nationalId|check digit does not match",
            "\"811218-9876\"|\"\"|applicant.nationalId|is required",
            "\"811218-9876\"|null|applicant.nationalId|is required",
            "\"811218-9876\"|\"15038512363\"|applicant.nationalId|must be a Swedish personnummer",
            "\"Anna\"|\"<b>Anna</b>\"|applicant.givenName|must not contain control characters or < >",
            "\"Anna\"|\"An\\u0007na\"|applicant.givenName|must not contain control characters or < >",
            "\"Anna\"|\"   \"|applicant.givenName|is required",
            "\"Svensson\"|\"Svens\\nson\"|applicant.familyName|must not contain control characters or < >",
            "\"anna@example.se\"|\"anna@\"|applicant.email|must be an e-mail address",
            "\"anna@example.se\"|\"anna@example\"|applicant.email|must be an e-mail address",
            "\"anna@example.se\"|\"anna example.se\"|applicant.email|must be an e-mail address",
            "\"+46701234567\"|\"call me\"|applicant.phone|must be a phone number",
            "\"sv\"|\"de\"|applicant.language|must be one of sv, nb, nn, en",
            "\"sv\"|\"SV\"|applicant.language|must be one of sv, nb, nn, en",
            "\"se-1481\"|\"se-148\"|applicant.homeMunicipality|must be a municipality id",
            "\"se-1481\"|\"dk-0101\"|applicant.homeMunicipality|must be a municipality id",
            "\"se-1481\"|\"se-9999\"|applicant.homeMunicipality|is not a municipality Studiebro knows",
            "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]|[]|choices|must name 1 to 5 course events",
            "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]|[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]|choices|must name 1 to 5 course events",
            "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]|[\"gbg-vard-2027v-01\", \"Bad Slug\"]|choices[1]|must be a course event id",
            "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]|[\"a\", null]|choices[1]|is required",
            "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]|[\"a\", \"b\", \"a\"]|choices[2]|repeats choices[0]",
            "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]|null|choices|is required",
            "\"priorityGroup\": 2|\"priorityGroup\": 0|priorityGroup|must be 1 to 5",
            "\"priorityGroup\": 2|\"priorityGroup\": 6|priorityGroup|must be 1 to 5",
            "\"priorityGroup\": 2|\"priorityGroup\": 2, \"source\": \"gr-antagning-web\"|source|is not a known property",
    })
    void namesTheBadField(String valid, String invalid, String field, String message) {
        List<InvalidField> errors = new ArrayList<>();

        Optional<NormalisedApplication> application = check(replaceOnce(FormFixtures.VALID, valid, invalid), errors);

        assertThat(application).isEmpty();
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).startsWith(message);
        });
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        List<InvalidField> errors = new ArrayList<>();

        check(FormFixtures.VALID
                .replace("811218-9876", "811218-9875")
                .replace("anna@example.se", "anna")
                .replace("\"sv\"", "\"de\"")
                .replace("molndal-matte-2027v-01", "gbg-vard-2027v-01")
                .replace("\"priorityGroup\": 2", "\"priorityGroup\": 9"), errors);

        assertThat(errors).extracting(InvalidField::field).containsExactlyInAnyOrder(
                "applicant.nationalId", "applicant.email", "applicant.language", "choices[1]", "priorityGroup");
    }

    @Test
    void aNumberIsCheckedByTheRulesOfTheHomeMunicipalitysCountry() {
        List<InvalidField> errors = new ArrayList<>();

        check(FormFixtures.VALID.replace("se-1481", "no-0301"), errors);

        assertThat(errors).containsExactly(new InvalidField("applicant.nationalId",
                "must be a Norwegian fødselsnummer, D-nummer or H-nummer: 11 digits DDMMYYIIIKK"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"priorityGroup\": 2|\"priorityGroup\": 2, \"extra\": 1|extra|is not a known property",
            "\"language\": \"sv\"|\"language\": \"sv\", \"middleName\": \"Maria\"|applicant.middleName|is not a known property",
            "\"priorityGroup\": 2|\"priorityGroup\": \"2\"|priorityGroup|must be a whole number",
            "\"priorityGroup\": 2|\"priorityGroup\": 2.5|priorityGroup|must be a whole number",
            "\"choices\": [|\"choices\": \"gbg\", \"x\": [|choices|must be an array",
            "\"givenName\": \"Anna\"|\"givenName\": 42|applicant.givenName|must be a string",
            "\"givenName\": \"Anna\"|\"givenName\": {\"first\": \"Anna\"}|applicant.givenName|must be a string",
            "\"givenName\": \"Anna\"|\"givenName\": \"An\\uD800na\"|applicant.givenName|must be Unicode text",
            "\"gbg-vard-2027v-01\"|\"gbg-vard-2027v-01\\uDC00\"|choices[0]|must be Unicode text",
    })
    void namesFieldsOfTheWrongShape(String valid, String invalid, String field, String message) {
        List<InvalidField> errors = new ArrayList<>();

        Optional<ApplicationForm> form = reader.read(bytes(replaceOnce(FormFixtures.VALID, valid, invalid)),
                ApplicationForm.class, errors);

        assertThat(form).isEmpty();
        assertThat(errors).extracting(InvalidField::field).contains(field);
        assertThat(errors).filteredOn(error -> error.field().equals(field))
                .allSatisfy(error -> assertThat(error.message()).startsWith(message));
    }

    @Test
    void namesAllUnknownPropertiesAndWrongTypesTogether() {
        List<InvalidField> errors = new ArrayList<>();

        reader.read(bytes(FormFixtures.VALID
                .replace("\"priorityGroup\": 2", "\"priorityGroup\": \"two\", \"extra\": true")
                .replace("\"language\": \"sv\"", "\"language\": \"sv\", \"middleName\": \"Maria\"")),
                ApplicationForm.class, errors);

        assertThat(errors).extracting(InvalidField::field)
                .containsExactlyInAnyOrder("priorityGroup", "extra", "applicant.middleName");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not json|is not well-formed JSON",
            "{\"applicant\": |is not well-formed JSON",
            "{\"source\": \"a\", \"source\": \"b\"}|repeats a property",
            "[]|must be a JSON object",
            "null|must be a JSON object",
            "\"text\"|must be a JSON object",
            "'  '|must be a JSON object",
    })
    void refusesABodyThatIsNotAJsonObject(String body, String message) {
        List<InvalidField> errors = new ArrayList<>();

        assertThat(reader.read(bytes(body), ApplicationForm.class, errors)).isEmpty();
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("body");
            assertThat(error.message()).startsWith(message);
        });
    }

    @Test
    void refusesTrailingContent() {
        List<InvalidField> errors = new ArrayList<>();

        assertThat(reader.read(bytes(FormFixtures.VALID + " {}"), ApplicationForm.class, errors)).isEmpty();
        assertThat(errors).extracting(InvalidField::field).containsExactly("body");
    }

    @Test
    void refusesBrokenUtf8() {
        byte[] valid = bytes(FormFixtures.VALID.replace("Svensson", "Sv?nsson"));
        int at = new String(valid, StandardCharsets.UTF_8).indexOf('?');
        // 0xC3 opens a two-byte sequence; '(' cannot continue it.
        byte[] broken = new byte[valid.length + 1];
        System.arraycopy(valid, 0, broken, 0, at);
        broken[at] = (byte) 0xC3;
        broken[at + 1] = '(';
        System.arraycopy(valid, at + 1, broken, at + 2, valid.length - at - 1);
        List<InvalidField> errors = new ArrayList<>();

        assertThat(reader.read(broken, ApplicationForm.class, errors)).isEmpty();
        assertThat(errors).containsExactly(new InvalidField("body", "is not valid UTF-8"));
    }

    @Test
    void acceptsNamesInAnyScript() {
        List<InvalidField> errors = new ArrayList<>();

        Optional<NormalisedApplication> application = check(FormFixtures.VALID
                .replace("\"Anna\"", "\"Åsa-Märta Øyvind\"")
                .replace("\"Svensson\"", "\"Ødegård d'Almeida\""), errors);

        assertThat(errors).isEmpty();
        assertThat(application).get().extracting(NormalisedApplication::familyName).isEqualTo("Ødegård d'Almeida");
    }

    private Optional<NormalisedApplication> check(String json, List<InvalidField> errors) {
        return reader.read(bytes(json), ApplicationForm.class, errors).flatMap(form -> validator.validate(form, "gr-antagning-web", errors));
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text).contains(target);
        return text.replaceFirst(Pattern.quote(target), Matcher.quoteReplacement(replacement));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.studiebro.applications.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.studiebro.events.Language;

class TextLanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"sv,SV", "nb,NB", "nn,NN", "en,EN", "NB,NB"})
    void theParameterNamesTheLanguage(String lang, Language language) {
        assertThat(TextLanguage.ofParameter(lang)).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "no", "sv-SE", ""})
    void anotherParameterIsABadRequestNamingIt(String lang) {
        assertThatThrownBy(() -> TextLanguage.ofParameter(lang))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    ProblemDetail body = problem.getBody();
                    assertThat(String.valueOf(body.getProperties().get("errors"))).contains("lang");
                });
    }

    @Test
    void noParameterIsNoWish() {
        assertThat(TextLanguage.ofParameter(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "en|EN",
            "nn-NO|NN",
            "de-DE, nb;q=0.8, en;q=0.9|EN",
            "de-DE, sv-FI;q=0.5|SV",
            "no|NB",
            "nb-NO,no;q=0.9,nn;q=0.8,en;q=0.5|NB",
            "en;q=0, sv;q=0.1|SV",
    })
    void acceptLanguageGivesTheMostWantedLanguageStudiebroWrites(String header, Language language) {
        assertThat(TextLanguage.ofAcceptLanguage(header)).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de, fr;q=0.5", "*", "", "not a ; header ;;", "en;q=0"})
    void anAcceptLanguageWithoutOneOfOursIsNoWish(String header) {
        assertThat(TextLanguage.ofAcceptLanguage(header)).isEmpty();
    }

    @Test
    void theApplicantsLanguageIsTheLastWord() {
        assertThat(TextLanguage.ofApplicant("nn")).isEqualTo(Language.NN);
    }
}

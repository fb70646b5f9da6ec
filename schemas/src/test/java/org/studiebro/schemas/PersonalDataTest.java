package org.studiebro.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void keepsOnlyTheDatePartOfASwedishNumber() {
        assertThat(PersonalData.mask("198112189876")).isEqualTo("19811218-****");
        assertThat(PersonalData.mask("811218-9876")).isEqualTo("811218-****");
    }

    @Test
    void keepsOnlyTheDatePartOfANorwegianNumber() {
        assertThat(PersonalData.mask("01010112345")).isEqualTo("010101-****");
    }

    @Test
    void masksAnythingUnexpectedWhole() {
        assertThat(PersonalData.mask("abc")).isEqualTo("****");
        assertThat(PersonalData.mask(null)).isEqualTo("****");
        assertThat(PersonalData.mask("1234567")).doesNotContain("1234567");
    }
}

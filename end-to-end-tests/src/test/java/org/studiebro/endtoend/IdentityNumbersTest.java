package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    @Test
    void computesTheLuhnDigitOfTheArchitecturesExamplePersonnummer() {
        assertThat(IdentityNumbers.personnummer(LocalDate.of(1981, 12, 18), 987)).isEqualTo("811218-9876");
    }

    @Test
    void computesBothMod11DigitsOfAFodselsnummer() {
        // 15 March 1985, individual number 101: checked by hand, K1 = 11 - 156 mod 11 = 9, K2 = 11 - 143 mod 11 = 0.
        assertThat(IdentityNumbers.fodselsnummer(LocalDate.of(1985, 3, 15), 101)).isEqualTo("15038510190");
    }

    @Test
    void skipsIndividualNumbersWhoseCheckDigitWouldBeTen() {
        // 150385003 has K1 = 9 but then K2 = 10, and 150385008 has K1 = 10: neither is ever issued.
        assertThat(IdentityNumbers.fodselsnummer(LocalDate.of(1985, 3, 15), 3)).isEqualTo("15038500470");
        assertThat(IdentityNumbers.fodselsnummer(LocalDate.of(1985, 3, 15), 8)).isEqualTo("15038500985");
    }
}

package org.studiebro.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ArgumentsOfTheLoadTest {

    @Test
    void durationsReadAsTheCommandLineWritesThem() {
        assertThat(Rates.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Rates.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Rates.parseDuration("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Rates.parseDuration("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Rates.parseDuration("90d")).isEqualTo(Duration.ofDays(90));
        assertThat(Rates.parseDuration("1d12h")).isEqualTo(Duration.ofHours(36));
        assertThatThrownBy(() -> Rates.parseDuration("soon")).hasMessageContaining("30s");
        assertThat(Rates.duration(Duration.ofSeconds(90))).isEqualTo("90 s");
        assertThat(Rates.duration(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(Rates.duration(Duration.ofSeconds(150))).isEqualTo("2 min 30 s");
    }

    @Test
    void choiceRangesStayWithinWhatTheIntakeAllows() {
        assertThat(ChoiceCount.parse("1-3")).isEqualTo(new ChoiceCount(1, 3));
        assertThat(ChoiceCount.parse("2")).isEqualTo(new ChoiceCount(2, 2));
        assertThatThrownBy(() -> ChoiceCount.parse("0-6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChoiceCount.parse("x")).hasMessageContaining("1-3");
    }
}

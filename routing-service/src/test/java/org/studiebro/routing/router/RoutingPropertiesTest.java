package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RoutingPropertiesTest {

    @Test
    void remindsAfterAWeekCheckingEveryMinuteByDefault() {
        RoutingProperties properties = bind(Map.of());

        assertThat(properties.costReminderAfter()).isEqualTo(Duration.ofDays(7));
        assertThat(properties.reminderCheckInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.remindersPerCheck()).isEqualTo(1000);
    }

    @Test
    void takesDurationsAsIsoOrSimpleText() {
        RoutingProperties properties = bind(Map.of("studiebro.routing.cost-reminder-after", "P3D",
                "studiebro.routing.reminder-check-interval", "500ms"));

        assertThat(properties.costReminderAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(properties.reminderCheckInterval()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refusesAZeroInterval() {
        assertThatThrownBy(() -> bind(Map.of("studiebro.routing.reminder-check-interval", "0s")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static RoutingProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("studiebro.routing", RoutingProperties.class);
    }
}

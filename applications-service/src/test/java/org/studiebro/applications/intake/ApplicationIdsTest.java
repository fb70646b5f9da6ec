package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ApplicationIdsTest {

    private final ApplicationIds ids = withSecret("test-secret");

    @Test
    void followsFromSourceAndIdempotencyKey() {
        String id = ids.of("gr-antagning-web", "3f1c2a9e-key");
        assertThat(id).isEqualTo(ids.of("gr-antagning-web", "3f1c2a9e-key"))
                .isEqualTo(withSecret("test-secret").of("gr-antagning-web", "3f1c2a9e-key"));
        assertThat(UUID.fromString(id).version()).isEqualTo(8);
        assertThat(UUID.fromString(id).variant()).isEqualTo(2);
    }

    @Test
    void differsPerSourceAndPerKey() {
        assertThat(ids.of("gr-antagning-web", "key-1")).isNotEqualTo(ids.of("gr-antagning-web", "key-2"));
        assertThat(ids.of("gr-antagning-web", "key-1")).isNotEqualTo(ids.of("sthlm-vux-web", "key-1"));
    }

    @Test
    void cannotBeComputedWithoutTheSecret() {
        assertThat(ids.of("gr-antagning-web", "key-1"))
                .isNotEqualTo(withSecret("another-secret").of("gr-antagning-web", "key-1"))
                .isNotEqualTo(UUID.nameUUIDFromBytes("gr-antagning-web:key-1".getBytes()).toString());
    }

    private static ApplicationIds withSecret(String secret) {
        return new ApplicationIds(new IntakeProperties(Duration.ofSeconds(2), DataSize.ofKilobytes(16),
                Duration.ofSeconds(2), secret));
    }
}

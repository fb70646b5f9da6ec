package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationIdsTest {

    @Test
    void followsFromSourceAndIdempotencyKey() {
        assertThat(ApplicationIds.of("gr-antagning-web", "3f1c2a9e-key"))
                .isEqualTo("76fe2431-a257-3a5e-9824-a6308a2636d8")
                .isEqualTo(ApplicationIds.of("gr-antagning-web", "3f1c2a9e-key"));
    }

    @Test
    void differsPerSourceAndPerKey() {
        assertThat(ApplicationIds.of("gr-antagning-web", "key-1")).isNotEqualTo(ApplicationIds.of("gr-antagning-web", "key-2"));
        assertThat(ApplicationIds.of("gr-antagning-web", "key-1")).isNotEqualTo(ApplicationIds.of("sthlm-vux-web", "key-1"));
    }
}

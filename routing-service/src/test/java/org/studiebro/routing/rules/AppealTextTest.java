package org.studiebro.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppealTextTest {

    @Test
    void aSwedishRefusalIsAppealedToSkolvasendetsOverklagandenamnd() {
        assertThat(AppealText.forHomeMunicipality("se-0380")).isEqualTo("Beslutet kan överklagas till"
                + " Skolväsendets överklagandenämnd inom tre veckor från den dag du fick del av beslutet.");
    }

    @Test
    void aNorwegianRefusalIsAppealedToTheStatsforvalterenThroughTheMunicipality() {
        assertThat(AppealText.forHomeMunicipality("no-4627")).isEqualTo("Vedtaket kan påklages til Statsforvalteren"
                + " innen tre uker fra du fikk melding om vedtaket. Klagen sendes til kommunen.");
    }
}

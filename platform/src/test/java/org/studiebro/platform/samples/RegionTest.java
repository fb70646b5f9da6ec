package org.studiebro.platform.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void regionsAreNamedByTheirShortCodesAndKnowTheirMembers() {
        assertThat(Region.named(" Sthlm")).isEqualTo(Region.STHLM);
        assertThatThrownBy(() -> Region.named("skane")).hasMessageContaining("unknown region")
                .hasMessageContaining("gr");
        assertThat(Region.GR.includes("se-1384")).isTrue();
        assertThat(Region.GR.includes("se-1380")).isFalse();
        assertThat(Region.STHLM.includes("se-0180")).isTrue();
        assertThat(Region.VESTLAND.includes("no-4601")).isTrue();
        assertThat(Region.of("no-4601")).isEqualTo(Region.VESTLAND);
        assertThat(Region.of("se-1380")).isNull();
        assertThat(List.of(Region.values())).allSatisfy(region -> assertThat(region.weight()).isPositive());
    }
}

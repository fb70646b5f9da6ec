package org.studiebro.benchmark.crash;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void comparesMessageIdsWithoutAngleBracketsAndCase() {
        assertThat(MessageIds.normalized(" <3F2a-1@Studiebro.test> ")).isEqualTo("3f2a-1@studiebro.test");
        assertThat(MessageIds.normalized("3f2a-1@studiebro.test")).isEqualTo("3f2a-1@studiebro.test");
    }
}

package org.studiebro.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void padsColumnsAndAlignsNumbersRight() {
        String table = new MarkdownTable("process", "RSS (MiB)>")
                .row("kafka-broker", 712)
                .row("a|b", 5)
                .render();
        assertThat(table).isEqualTo("""
                | process      | RSS (MiB) |
                | ------------ | --------: |
                | kafka-broker |       712 |
                | a\\|b         |         5 |
                """);
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThatThrownBy(() -> new MarkdownTable("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.studiebro.platform.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RawTextTest {

    @Test
    void showsPrintableTextAsItIsAndEverythingElseEscaped() {
        byte[] bytes = {0, 0, 0, 0, 7, 'a', 'p', 'p', '-', '1', '"', '\\', '\n', (byte) 0xc3, (byte) 0xb6};

        assertThat(RawText.escape(bytes)).isEqualTo("\\x00\\x00\\x00\\x00\\x07app-1\\\"\\\\\\n\\xc3\\xb6");
    }

    @Test
    void masksEveryRunOfDigitsShapedLikeAnIdentityNumber() {
        String text = "a198112189876b 811218-9876 19811218+9876 01019012345 x";

        assertThat(RawText.escape(text))
                .isEqualTo("a19811218-****b 811218-**** 19811218-**** 010190-**** x")
                .doesNotContain("9876", "12345");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(RawText.escape("offset 42, at 1763626530123, port 9092"))
                .isEqualTo("offset 42, at 1763626530123, port 9092");
    }

    @Test
    void cutsLongValuesAfterMaskingThem() {
        String text = "x".repeat(RawText.LIMIT - 5) + "198112189876" + "z".repeat(100);

        String escaped = RawText.escape(text.getBytes(StandardCharsets.UTF_8));

        assertThat(escaped).startsWith("x".repeat(RawText.LIMIT - 5) + "19811")
                .endsWith("...(" + text.length() + " bytes)")
                .doesNotContain("z");
        assertThat(RawText.escape((byte[]) null)).isEqualTo("null");
    }
}

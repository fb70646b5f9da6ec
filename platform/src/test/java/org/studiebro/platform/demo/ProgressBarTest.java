package org.studiebro.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void fillsInProportionToTheWorkDone() {
        assertThat(ProgressBar.render("submitted", 0, 40))
                .isEqualTo("  submitted  [..............................] 0/40");
        assertThat(ProgressBar.render("submitted", 20, 40))
                .isEqualTo("  submitted  [###############...............] 20/40");
        assertThat(ProgressBar.render("decided", 40, 40))
                .isEqualTo("  decided    [##############################] 40/40");
    }

    @Test
    void anEmptyBatchIsComplete() {
        assertThat(ProgressBar.render("decided", 0, 0)).contains("[##############################] 0/0");
    }
}

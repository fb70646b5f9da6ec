package org.studiebro.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunTest {

    @Test
    void theStartUpTimeIsTheLastOneTheUpLogReports(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("up.log");
        Files.writeString(log, "Starting Studiebro\n  Kafka broker ready (4.1 s)\nStudiebro is up after 38.7 s. "
                + "Ctrl-C stops it.\n");
        assertThat(BenchmarkRun.upSeconds(log)).isEqualTo(38.7);
    }

    @Test
    void anUpLogThatCannotBeReadIsAnArgumentError(@TempDir Path dir) {
        assertThatThrownBy(() -> BenchmarkRun.upSeconds(dir.resolve("missing.log")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.log");
    }
}

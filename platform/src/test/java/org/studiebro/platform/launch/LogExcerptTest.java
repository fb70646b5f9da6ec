package org.studiebro.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogExcerptTest {

    @TempDir
    Path dir;

    @Test
    void showsThisRunsErrorsAndCausesBeforeItsLastLines() throws IOException {
        Path log = dir.resolve("routing-service.log");
        Files.writeString(log, "10:00 ERROR an error of the run before\n", StandardCharsets.UTF_8);
        long thisRun = Files.size(log);
        StringBuilder run = new StringBuilder("10:01 INFO starting\n10:01 ERROR Application run failed\n");
        run.append("java.lang.IllegalStateException: wrapped\n");
        run.append("Caused by: org.apache.kafka.common.errors.TimeoutException: broker gone\n");
        for (int i = 0; i < 30; i++) {
            run.append("10:02 INFO shutting down ").append(i).append('\n');
        }
        Files.writeString(log, run, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        String excerpt = LogExcerpt.of(log, thisRun);

        assertThat(excerpt).doesNotContain("the run before")
                .contains("Application run failed", "Caused by: org.apache.kafka.common.errors.TimeoutException")
                .contains("shutting down 29")
                .doesNotContain("shutting down 14\n");
        assertThat(excerpt.indexOf("Application run failed")).isLessThan(excerpt.indexOf("shutting down 29"));
    }

    @Test
    void saysSoWhenThereIsNoLog() {
        assertThat(LogExcerpt.of(dir.resolve("missing.log"), 0)).startsWith("(no log at ");
    }
}

package org.studiebro.benchmark.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndWritesNumbersWithADotInAnyLocale(@TempDir Path dir) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Path file = dir.resolve("sub/x.csv");
            Csv.write(file, List.of("kind", "count", "p99_ms"), List.of(
                    Arrays.asList("HTTP 503", 3L, 12.3456),
                    Arrays.asList("malformed request answered 202 (not-json), \"odd\"", 1L, null)));
            assertThat(Files.readString(file)).isEqualTo("""
                    kind,count,p99_ms
                    HTTP 503,3,12.346
                    "malformed request answered 202 (not-json), ""odd\"\"\",1,
                    """);
        } finally {
            Locale.setDefault(before);
        }
    }
}

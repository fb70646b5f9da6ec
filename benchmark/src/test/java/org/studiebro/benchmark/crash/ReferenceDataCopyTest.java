package org.studiebro.benchmark.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataCopyTest {

    private static final String CATALOG = """
            {"exportedAt": "2026-11-20T06:00:00Z",
             "events": [{"id": "gbg-vard-2027v-01", "start": "2027-01-18", "seats": 24,
                         "applicationDeadline": "2026-12-15", "status": "OPEN"},
                        {"id": "gbg-el-2027v-01", "seats":3, "applicationDeadline": "2026-12-01"}]}
            """;

    @Test
    void movesEveryDateByTheDaysSinceTheExport() {
        String moved = ReferenceDataCopy.moved(CATALOG, LocalDate.of(2027, 1, 10));

        assertThat(moved).contains("\"applicationDeadline\": \"2027-02-04\"", "\"start\": \"2027-03-10\"",
                "\"applicationDeadline\": \"2027-01-21\"");
    }

    @Test
    void neverMovesDatesBackwards() {
        assertThat(ReferenceDataCopy.moved(CATALOG, LocalDate.of(2026, 11, 1))).isEqualTo(CATALOG);
    }

    @Test
    void givesEveryCourseEventTheSameSeats() {
        assertThat(ReferenceDataCopy.withSeats(CATALOG, 500)).contains("\"seats\": 500, \"applicationDeadline\"")
                .doesNotContain("\"seats\": 24", "\"seats\":3");
    }

    @Test
    void copiesTheReferenceDataWithTheCatalogMovedAndKeepsTheSampleSeatsUnlessTold(@TempDir Path dir)
            throws IOException {
        Path source = dir.resolve("source");
        Files.createDirectories(source.resolve("catalog"));
        Files.writeString(source.resolve("municipalities.json"), "[]");
        Files.writeString(source.resolve("cooperation-areas.json"), "[]");
        Files.writeString(source.resolve("catalog/sample.json"), CATALOG);

        Path target = ReferenceDataCopy.write(source, dir.resolve("target"), LocalDate.of(2026, 11, 22), null);

        assertThat(target.resolve("municipalities.json")).hasContent("[]");
        assertThat(target.resolve("cooperation-areas.json")).hasContent("[]");
        assertThat(Files.readString(target.resolve("catalog/sample.json")))
                .contains("\"applicationDeadline\": \"2026-12-17\"", "\"seats\": 24");
    }
}

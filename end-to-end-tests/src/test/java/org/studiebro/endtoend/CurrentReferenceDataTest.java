package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CurrentReferenceDataTest {

    private static final String CATALOG = """
            {"exportedAt": "2026-11-20T06:00:00Z",
             "events": [{"id": "e1", "start": "2027-01-18", "end": "2027-03-26", "applicationDeadline": "2026-12-15"}]}""";

    @Test
    void movesEveryDateByTheDaysSinceTheExport() {
        String moved = CurrentReferenceData.moved(CATALOG, LocalDate.parse("2027-01-01"));

        assertThat(moved).contains("\"start\": \"2027-03-01\"", "\"end\": \"2027-05-07\"",
                "\"applicationDeadline\": \"2027-01-26\"", "\"exportedAt\": \"2026-11-20T06:00:00Z\"");
    }

    @Test
    void neverMovesDatesBackwards() {
        assertThat(CurrentReferenceData.moved(CATALOG, LocalDate.parse("2026-11-01"))).isEqualTo(CATALOG);
    }
}

package org.studiebro.referencedata.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.events.EventMetadata;
import org.studiebro.referencedata.reference.ReferenceDataProblem;
import org.studiebro.schemas.Events;

class ReferenceDataFilesTest {

    private static final Supplier<EventMetadata> METADATA = () -> Events.metadata("import-test", null,
            "reference-data-service", Instant.parse("2026-11-22T06:00:00Z"));

    private final ReferenceDataFiles files = new ReferenceDataFiles(new DefaultResourceLoader());

    @Test
    void readsMunicipalitiesCooperationAreasAndTheCatalog() {
        ReferenceData data = files.read("classpath:test-reference-data/", METADATA);

        assertThat(data.municipalityIds()).containsExactly("se-0180", "se-0184", "se-0380", "se-1384", "se-1480",
                "se-1481");
        assertThat(data.cooperationAreas()).hasSize(2);
        assertThat(data.cooperationAreas().getFirst().getCostRule()).isEqualTo(CostRule.AUTOMATIC);
        assertThat(data.seatOwners()).containsExactly("goteborg-vux", "molndal-vux", "solna-vux", "stockholm-vux");
        assertThat(data.providers()).extracting(ProviderRegistered::getProviderId)
                .containsExactly("goteborg-vux", "molndal-vux", "stockholm-vux", "solna-vux");
        assertThat(data.providers().getFirst().getName()).isEqualTo("Göteborgs stad, vuxenutbildning");
        assertThat(data.providers().getFirst().getMunicipality()).isEqualTo("se-1480");
        CourseEventPublished vard = data.courseEvents().getFirst();
        assertThat(vard.getCourseEventId()).isEqualTo("gbg-vard");
        assertThat(vard.getCourseCode()).isEqualTo("VÅRVÅRD0");
        assertThat(vard.getCourseName()).isEqualTo("Vård- och omsorgsarbete 1");
        assertThat(vard.getCourseKind()).isEqualTo(CourseKind.VOCATIONAL);
        assertThat(vard.getStartDate()).isEqualTo(LocalDate.parse("2027-01-18"));
        assertThat(vard.getApplicationDeadline()).isEqualTo(LocalDate.parse("2099-12-31"));
        assertThat(vard.getMetadata().getCorrelationId()).isEqualTo("import-test");
        assertThat(data.courseEvents()).filteredOn(e -> e.getCourseEventId().equals("gbg-cancelled"))
                .extracting(CourseEventPublished::getStatus).containsExactly(CourseEventStatus.CANCELLED);
    }

    @Test
    void namesEveryBadFileAndEntryAndPublishesNothing() {
        assertThatExceptionOfType(InvalidReferenceDataException.class)
                .isThrownBy(() -> files.read("classpath:bad-reference-data/", METADATA))
                .satisfies(e -> assertThat(e.problems()).extracting(ReferenceDataProblem::toString).contains(
                        "municipalities.json: [1] se-1481: country must be SE or NO, was DK",
                        "municipalities.json: [2] se-1480: id appears more than once",
                        "cooperation-areas.json: [0] goteborgsregionen-yrkesvux: member se-9999 is not in"
                                + " municipalities.json",
                        "catalog/broken.json: events[1] gbg-bad: courseCode NOPE is not among this file's courseInfos",
                        "catalog/broken.json: events[1] gbg-bad: pacePercent must be 1 to 100",
                        "catalog/broken.json: events[1] gbg-bad: start must be a date like 2027-01-18, was 18 januari"))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo("catalog/not-json.json");
                    assertThat(problem.message()).startsWith("not valid JSON");
                }))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(problem ->
                        assertThat(problem.message()).contains("ASTROLOGY")))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(problem ->
                        assertThat(problem.message()).contains("SOMETIMES")))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(problem ->
                        assertThat(problem.message()).contains("seatOwner")))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(problem ->
                        assertThat(problem.message()).contains("MAYBE")));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatExceptionOfType(InvalidReferenceDataException.class)
                .isThrownBy(() -> files.read("classpath:no-such-directory/", METADATA))
                .satisfies(e -> assertThat(e.getMessage()).contains("municipalities.json: file not found"));
    }

    @Test
    void theVersionedReferenceDataIsValid() {
        ReferenceData data = files.read("classpath:reference-data/", METADATA);

        assertThat(data.municipalityIds()).contains("se-1480", "se-1481", "se-0180", "se-0380");
        assertThat(data.seatOwners()).contains("goteborg-vux");
        assertThat(data.providers()).extracting(ProviderRegistered::getProviderId).containsAll(data.seatOwners());
        assertThat(data.courseEvents()).isNotEmpty();
    }
}

package org.studiebro.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.studiebro.platform.samples.Region;

class SampleApplicationsTest {

    private static final CourseEvent GOTEBORG = new CourseEvent("gbg-vard-2027v-01", "se-1480", 24, true);
    private static final CourseEvent MOLNDAL = new CourseEvent("mdal-el-2027v-01", "se-1481", 16, true);
    private static final CourseEvent STOCKHOLM = new CourseEvent("sthlm-barn-2027v-01", "se-0180", 30, true);
    private static final CourseEvent BERGEN = new CourseEvent("bergen-helse-2027v-01", "no-4601", 20, true);
    private static final CourseEvent SCARCE = new CourseEvent("kba-svets-2027v-01", "se-1384", 2, true);
    private static final CourseEvent CLOSED = new CourseEvent("gbg-closed-2026h-01", "se-1480", 10, false);
    private static final List<CourseEvent> CATALOG = List.of(GOTEBORG, MOLNDAL, STOCKHOLM, BERGEN, SCARCE, CLOSED);

    private final List<SampleApplication> applications =
            new SampleApplications(CATALOG, new SplittableRandom(7)).generate(40);

    @Test
    void makesAsManyApplicationsAsAskedEachWithItsOwnKeyAndAddress() {
        assertThat(applications).hasSize(40);
        assertThat(applications).extracting(SampleApplication::idempotencyKey).doesNotHaveDuplicates();
        assertThat(applications).extracting(SampleApplication::email).doesNotHaveDuplicates()
                .allMatch(email -> email.matches("[a-z]+\\.[a-z]+\\.\\d{4}@example\\.test"));
    }

    @Test
    void everyIdentityNumberIsValidForTheLearnersCountry() {
        for (SampleApplication application : applications) {
            String id = application.nationalId();
            if (application.homeMunicipality().startsWith("no-")) {
                assertThat(IdentityNumberRules.isValidNorwegian(id)).as(id).isTrue();
            } else {
                boolean coordination = Integer.parseInt(id.substring(4, 6)) > 60;
                assertThat(IdentityNumberRules.isValidSwedish(id, coordination)).as(id).isTrue();
            }
        }
    }

    @Test
    void learnersLiveInTheRegionsAndWriteInTheirCountrysLanguage() {
        for (SampleApplication application : applications) {
            assertThat(Region.of(application.homeMunicipality())).as(application.homeMunicipality()).isNotNull();
            if (application.homeMunicipality().startsWith("no-")) {
                assertThat(application.language()).isIn("nb", "nn", "en");
                assertThat(application.phone()).startsWith("+47");
            } else {
                assertThat(application.language()).isIn("sv", "en");
                assertThat(application.phone()).startsWith("+46");
            }
        }
        assertThat(applications).anyMatch(application -> application.homeMunicipality().startsWith("no-"));
    }

    @Test
    void choicesAreOneToThreeOpenCourseEventsOfTheLearnersOwnRegion() {
        Map<String, CourseEvent> byId = CATALOG.stream()
                .collect(Collectors.toMap(CourseEvent::id, Function.identity()));
        for (SampleApplication application : applications) {
            assertThat(application.choices()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            for (String choice : application.choices()) {
                CourseEvent event = byId.get(choice);
                assertThat(event.open()).as(choice).isTrue();
                assertThat(event.region()).as(choice).isEqualTo(Region.of(application.homeMunicipality()));
            }
        }
    }

    @Test
    void moreLearnersThanSeatsWantTheScarceCourseSoThatSomeEndOnTheReserveList() {
        long contenders = applications.stream().filter(application -> application.choices().contains(SCARCE.id()))
                .count();
        assertThat(contenders).isGreaterThan(SCARCE.seats());
    }

    @Test
    void theBodyIsWhatTheApplicationsApiTakes() {
        Map<String, Object> body = applications.getFirst().body();
        // No source: the applications-service takes the form's client id and refuses a body that names one.
        assertThat(body).containsKeys("applicant", "choices").doesNotContainKey("source");
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = (Map<String, Object>) body.get("applicant");
        assertThat(applicant).containsOnlyKeys("nationalId", "givenName", "familyName", "email", "phone", "language",
                "homeMunicipality");
    }
}

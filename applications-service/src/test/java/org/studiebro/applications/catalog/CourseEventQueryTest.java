package org.studiebro.applications.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.events.CourseKind;

class CourseEventQueryTest {

    private static final CourseEvent GBG_VARD = CourseEvent.of(TestEvents.courseEvent("gbg-vard-2027v-01", "VÅRVÅRD0",
            "se-1480", LocalDate.of(2027, 1, 18), CourseKind.VOCATIONAL));
    private static final CourseEvent MOLNDAL_MATTE = CourseEvent.of(TestEvents.courseEvent("molndal-matte-2027v-01",
            "GRNMAT2", "se-1481", LocalDate.of(2027, 1, 11), CourseKind.BASIC));

    @Test
    void withoutFiltersEverythingMatches() {
        CourseEventQuery query = CourseEventQuery.of(null, null, null, null, null);

        assertThat(List.of(GBG_VARD, MOLNDAL_MATTE)).allMatch(query::matches);
    }

    @Test
    void filtersByPrincipalMunicipalityCourseCodeStartAndKind() {
        assertThat(CourseEventQuery.of("se-1480", null, null, null, null).matches(GBG_VARD)).isTrue();
        assertThat(CourseEventQuery.of("se-1480", null, null, null, null).matches(MOLNDAL_MATTE)).isFalse();
        assertThat(CourseEventQuery.of(null, "GRNMAT2", null, null, null).matches(MOLNDAL_MATTE)).isTrue();
        assertThat(CourseEventQuery.of(null, "GRNMAT2", null, null, null).matches(GBG_VARD)).isFalse();
        assertThat(CourseEventQuery.of(null, null, "2027-01-18", null, null).matches(GBG_VARD)).isTrue();
        assertThat(CourseEventQuery.of(null, null, "2027-01-12", null, null).matches(MOLNDAL_MATTE)).isFalse();
        assertThat(CourseEventQuery.of(null, null, null, "2027-01-11", null).matches(MOLNDAL_MATTE)).isTrue();
        assertThat(CourseEventQuery.of(null, null, null, "2027-01-17", null).matches(GBG_VARD)).isFalse();
        assertThat(CourseEventQuery.of(null, null, null, null, "VOCATIONAL").matches(GBG_VARD)).isTrue();
        assertThat(CourseEventQuery.of(null, null, null, null, "VOCATIONAL").matches(MOLNDAL_MATTE)).isFalse();
    }

    @Test
    void namesEachBadParameter() {
        assertThatThrownBy(() -> CourseEventQuery.of("gothenburg", "not a code", "2027-13-01", "tomorrow", "FUN"))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    @SuppressWarnings("unchecked")
                    List<InvalidField> errors = (List<InvalidField>) problem.getBody().getProperties().get("errors");
                    assertThat(errors).extracting(InvalidField::field)
                            .containsExactly("courseCode", "kind", "municipality", "startFrom", "startTo");
                });
    }

    @Test
    void refusesAnEmptyStartRange() {
        assertThatThrownBy(() -> CourseEventQuery.of(null, null, "2027-02-01", "2027-01-01", null))
                .isInstanceOf(ErrorResponseException.class);
    }
}

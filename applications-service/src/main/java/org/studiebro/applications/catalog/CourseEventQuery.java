package org.studiebro.applications.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.plumbing.problem.Problems;
import org.studiebro.events.CourseKind;

/**
 * The filters of GET /api/v1/course-events, all optional: principal municipality, course code, first start
 * date and last start date (both inclusive) and course kind.
 */
record CourseEventQuery(String municipality, String courseCode, LocalDate startFrom, LocalDate startTo,
        CourseKind kind) {

    private static final Pattern MUNICIPALITY = Pattern.compile("(se|no)-\\d{4}");
    private static final Pattern COURSE_CODE = Pattern.compile("[\\p{L}\\p{N}._-]{1,40}");

    /** The query, or a 400 naming each bad parameter. */
    static CourseEventQuery of(String municipality, String courseCode, String startFrom, String startTo, String kind) {
        List<InvalidField> errors = new ArrayList<>();
        if (municipality != null && !MUNICIPALITY.matcher(municipality).matches()) {
            errors.add(new InvalidField("municipality", "must be a municipality id such as se-1480 or no-4601"));
        }
        if (courseCode != null && !COURSE_CODE.matcher(courseCode).matches()) {
            errors.add(new InvalidField("courseCode", "must be a course code (letters, digits, '.', '_' or '-', at most 40)"));
        }
        LocalDate from = date("startFrom", startFrom, errors);
        LocalDate to = date("startTo", startTo, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new InvalidField("startTo", "must not be before startFrom"));
        }
        CourseKind courseKind = kind(kind, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalidRequest(errors);
        }
        return new CourseEventQuery(municipality, courseCode, from, to, courseKind);
    }

    boolean matches(CourseEvent event) {
        return (municipality == null || municipality.equals(event.principalMunicipality()))
                && (courseCode == null || courseCode.equals(event.courseCode()))
                && (startFrom == null || !event.startDate().isBefore(startFrom))
                && (startTo == null || !event.startDate().isAfter(startTo))
                && (kind == null || kind.name().equals(event.kind()));
    }

    private static LocalDate date(String parameter, String value, List<InvalidField> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new InvalidField(parameter, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static CourseKind kind(String value, List<InvalidField> errors) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(CourseKind.values())
                .filter(kind -> kind.name().equals(value))
                .findFirst()
                .orElseGet(() -> {
                    errors.add(new InvalidField("kind", "must be one of " + Arrays.toString(CourseKind.values())));
                    return null;
                });
    }
}

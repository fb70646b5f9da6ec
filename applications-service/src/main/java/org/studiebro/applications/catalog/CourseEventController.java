package org.studiebro.applications.catalog;

import java.time.Duration;
import java.util.List;

import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.studiebro.plumbing.problem.Problems;

/** GET /api/v1/course-events and /api/v1/course-events/{id}: the catalog for upstream forms. */
@RestController
class CourseEventController {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final CourseEventCatalog catalog;

    CourseEventController(CourseEventCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/course-events")
    List<CourseEvent> list(@RequestParam(required = false) String municipality,
            @RequestParam(required = false) String courseCode,
            @RequestParam(required = false) String startFrom,
            @RequestParam(required = false) String startTo,
            @RequestParam(required = false) String kind) {
        CourseEventQuery query = CourseEventQuery.of(municipality, courseCode, startFrom, startTo, kind);
        if (!catalog.isReady()) {
            throw stillReading();
        }
        return catalog.find(query);
    }

    @GetMapping("/api/v1/course-events/{courseEventId}")
    CourseEvent get(@PathVariable String courseEventId) {
        return catalog.get(courseEventId).orElseThrow(() -> catalog.isReady()
                ? Problems.notFound("No course event with this id is known.")
                : stillReading());
    }

    private static ErrorResponseException stillReading() {
        return Problems.unavailable("The catalog is still reading catalog.course-events.", RETRY_AFTER, null);
    }
}

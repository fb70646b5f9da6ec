package org.studiebro.applications.status;

import java.time.Duration;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.studiebro.applications.web.Problems;

/** GET /api/v1/applications/{id}: where an application stands. */
@RestController
class ApplicationStatusController {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final ApplicationStatusView view;

    ApplicationStatusController(ApplicationStatusView view) {
        this.view = view;
    }

    @GetMapping("/api/v1/applications/{applicationId}")
    ApplicationStatus status(@PathVariable String applicationId) {
        return view.find(applicationId).orElseThrow(() -> view.isReady()
                ? Problems.notFound("No application with this id is known.")
                : Problems.unavailable("The status view is still reading applications.status.", RETRY_AFTER, null));
    }
}

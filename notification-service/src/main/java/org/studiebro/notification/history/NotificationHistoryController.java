package org.studiebro.notification.history;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.studiebro.notification.dispatched.DispatchedNotifications;

/** What was sent about an application, from the view of notifications.dispatched, oldest first. */
@RestController
class NotificationHistoryController {

    private final DispatchedNotifications dispatched;

    NotificationHistoryController(DispatchedNotifications dispatched) {
        this.dispatched = dispatched;
    }

    @GetMapping("/api/v1/notifications")
    ResponseEntity<?> notifications(@RequestParam(required = false) String applicationId) {
        if (applicationId == null || applicationId.isBlank()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Say which application's notifications to list.");
            problem.setTitle("Missing applicationId");
            problem.setProperty("errors", List.of(Map.of("field", "applicationId", "message", "is required")));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.ok(dispatched.forApplication(applicationId).stream().map(NotificationView::of).toList());
    }
}

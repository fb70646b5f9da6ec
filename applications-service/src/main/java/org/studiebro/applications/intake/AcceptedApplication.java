package org.studiebro.applications.intake;

/** The 202 answer: where the learner (or the form) can follow the application. */
record AcceptedApplication(String applicationId, String status, String statusUrl) {

    static AcceptedApplication of(String applicationId) {
        return new AcceptedApplication(applicationId, "RECEIVED", "/api/v1/applications/" + applicationId);
    }
}

package org.studiebro.applications.withdrawal;

/** The 202 answer: the withdrawal is recorded; the status shows WITHDRAWN once routing has withdrawn every choice. */
record AcceptedWithdrawal(String applicationId, String status, String statusUrl) {

    static AcceptedWithdrawal of(String applicationId) {
        return new AcceptedWithdrawal(applicationId, "WITHDRAWAL_REQUESTED", "/api/v1/applications/" + applicationId);
    }
}

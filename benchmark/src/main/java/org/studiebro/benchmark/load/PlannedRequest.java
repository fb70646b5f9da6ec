package org.studiebro.benchmark.load;

/**
 * One POST /api/v1/applications the load sends.
 *
 * @param malformedKind null for a valid application; otherwise what is wrong with it (the intake must answer 400)
 */
public record PlannedRequest(String idempotencyKey, String body, String malformedKind) {

    public boolean malformed() {
        return malformedKind != null;
    }
}

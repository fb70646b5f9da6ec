package org.studiebro.applications.withdrawal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A withdrawal's event id follows from the application and the request's Idempotency-Key (a name-based UUID).
 * applications.withdrawals has no field for the key, so the event id carries it: a repeated request is
 * recognised after a restart and on another instance, and a record published twice (a 503 whose send still
 * succeeded, then the retry) has one event id, on which the routing-service deduplicates.
 */
final class WithdrawalEventIds {

    private WithdrawalEventIds() {
    }

    static String of(String applicationId, String idempotencyKey) {
        return UUID.nameUUIDFromBytes(("studiebro:withdrawal:" + applicationId + ":" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}

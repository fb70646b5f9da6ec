package org.studiebro.reference.seatowner;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reference seat owner (studiebro.seat-owner.*; switched off with studiebro.seat-owner.enabled=false).
 *
 * @param applicationId Kafka Streams application id (consumer group, internal topics, transactional ids)
 * @param parties seat owner party ids answered for; "*" answers on every seat-requests.* topic
 * @param manualSeatOwners seat owners whose new requests are kept pending for their officers, who decide over HTTP
 * @param notEligibleCourseCodes course codes for which every applicant is found not eligible
 * @param reserveUpdateInterval how often (wall-clock) the reserve lists that changed are walked and their reserves
 *        told a position that halved or doubled; the moves in between are coalesced
 */
@ConfigurationProperties("studiebro.seat-owner")
record SeatOwnerProperties(
        @DefaultValue("studiebro-reference-seat-owner") String applicationId,
        @DefaultValue("*") List<String> parties,
        @DefaultValue Set<String> manualSeatOwners,
        @DefaultValue Set<String> notEligibleCourseCodes,
        @DefaultValue("PT1M") Duration reserveUpdateInterval) {

    SeatOwnerProperties {
        if (reserveUpdateInterval.isNegative() || reserveUpdateInterval.isZero()) {
            throw new IllegalArgumentException("studiebro.seat-owner.reserve-update-interval must be positive, not "
                    + reserveUpdateInterval);
        }
    }

    /** Whether this seat owner's officers decide instead of the reference rules. */
    boolean decidesManually(String seatOwner) {
        return manualSeatOwners.contains(seatOwner);
    }
}

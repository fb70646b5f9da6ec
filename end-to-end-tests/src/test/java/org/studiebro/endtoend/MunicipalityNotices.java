package org.studiebro.endtoend;

import java.util.function.Predicate;

import org.studiebro.events.MunicipalityNotice;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedInfrastructure;

/** Reads a municipality's notice topic the way the municipality would: from the start, decoded through the registry. */
final class MunicipalityNotices {

    private MunicipalityNotices() {
    }

    /** Waits for a notice about the application that matches {@code wanted}. */
    static MunicipalityNotice awaitNotice(String municipality, String applicationId,
                                          Predicate<MunicipalityNotice> wanted, SharedInfrastructure infrastructure) {
        return new TopicRecords(infrastructure).awaitRecord(Topics.municipalityNotices(municipality), applicationId,
                MunicipalityNotice.class,
                notice -> notice.getApplicationId().equals(applicationId) && wanted.test(notice));
    }
}

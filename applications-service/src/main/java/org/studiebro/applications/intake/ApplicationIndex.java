package org.studiebro.applications.intake;

import java.util.Optional;

/** The applications intake has accepted, for features that act on one of them later: the learner's withdrawal. */
public interface ApplicationIndex {

    /** Whether applications.submitted has been read up to its end at startup. */
    boolean isReady();

    /** Where an accepted application came from; empty for an id intake never accepted. */
    Optional<Origin> originOf(String applicationId);

    /**
     * @param source        the upstream form that submitted the application
     * @param correlationId the correlation id every event of the application carries
     */
    record Origin(String source, String correlationId) {
    }
}

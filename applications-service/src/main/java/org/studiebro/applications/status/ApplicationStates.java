package org.studiebro.applications.status;

import java.util.Optional;

import org.studiebro.events.ApplicationState;

/** Where applications stand as the routing-service last reported, for features that depend on it: withdrawal. */
public interface ApplicationStates {

    /** Whether applications.submitted and applications.status have been read up to their ends at startup. */
    boolean isReady();

    /** The overall state, or empty for an application the view does not know. */
    Optional<ApplicationState> stateOf(String applicationId);

    /** The applicant's identity number, as the application carries it, or empty for an unknown application. */
    Optional<String> nationalIdOf(String applicationId);
}

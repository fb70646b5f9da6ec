package org.studiebro.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the shared test infrastructure when the JUnit launcher session ends, whether the tests passed or not.
 * Registered through META-INF/services; it starts nothing, so test runs that never ask for the infrastructure pay
 * nothing for it.
 */
public final class StopSharedInfrastructure implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        StopList.stopAll();
    }
}

package org.studiebro.endtoend;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.studiebro.platform.launch.ServiceProcess;
import org.studiebro.platform.launch.Services;

/** When a test fails, prints the end of every service's log: the cause is usually there, not in the test. */
final class ServiceLogsOnFailure implements TestWatcher {

    private final Supplier<Services> services;

    ServiceLogsOnFailure(Supplier<Services> services) {
        this.services = services;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Services running = services.get();
        if (running == null) {
            return;
        }
        for (ServiceProcess service : running.all()) {
            System.err.println(service.module() + (service.isAlive() ? "" : " (exited)") + service.logTail());
        }
    }
}

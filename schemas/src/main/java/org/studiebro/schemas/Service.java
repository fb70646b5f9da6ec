package org.studiebro.schemas;

import java.util.Arrays;
import java.util.Optional;

/**
 * The services that write Studiebro's topics, by the name they run under ({@code spring.application.name}). Each
 * topic of the {@link TopicRegistry} has exactly one of them as its writer.
 */
public enum Service {

    APPLICATIONS_SERVICE("applications-service"),
    ROUTING_SERVICE("routing-service"),
    NOTIFICATION_SERVICE("notification-service"),
    REFERENCE_PARTIES("reference-parties"),
    REFERENCE_DATA_SERVICE("reference-data-service");

    private final String serviceName;

    Service(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }

    public static Optional<Service> named(String serviceName) {
        return Arrays.stream(values()).filter(service -> service.serviceName.equals(serviceName)).findFirst();
    }

    @Override
    public String toString() {
        return serviceName;
    }
}

package org.studiebro.platform.launch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixed ports of the local platform (the services' come from {@link PlatformService}). */
final class LocalPorts {

    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int SCHEMA_REGISTRY = 8085;
    static final int SMTP = 3025;
    static final int MAIL_VIEWER = 8025;
    static final int AUTHORIZATION = 9000;

    private LocalPorts() {
    }

    /** Fails with one clear message, before anything starts, when a port is taken (often: already running). */
    static void requireFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka", KAFKA);
        ports.put("Kafka controller", KAFKA_CONTROLLER);
        ports.put("schema registry", SCHEMA_REGISTRY);
        ports.put("SMTP", SMTP);
        ports.put("mail viewer", MAIL_VIEWER);
        ports.put(AuthorizationServer.MODULE, AUTHORIZATION);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service.module(), service.defaultPort());
        }
        List<String> taken = new ArrayList<>();
        ports.forEach((name, port) -> {
            if (!isFree(port)) {
                taken.add(port + " (" + name + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Port(s) already in use on 127.0.0.1: " + String.join(", ", taken)
                    + ". Is Studiebro already running (./studiebro up in another terminal)? Stop it, or whatever "
                    + "holds the port, and try again.");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}

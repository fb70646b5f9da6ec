package org.studiebro.benchmark.measure;

/** A process of the local platform, named by the part it plays (kafka-broker, routing-service, ...). */
public record PlatformProcess(long pid, String name) {
}

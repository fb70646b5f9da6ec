package org.studiebro.benchmark.profile;

import java.util.List;

/**
 * Where a CPU sample's time went, judged from its stack: walking from the method on the CPU towards the thread's
 * root, the first frame that belongs to a known part decides; JVM work (GC, JIT compiler) on the way counts as
 * such; a stack without any Java frame is the JVM's own thread.
 */
public enum CpuCategory {

    JVM("JVM (GC, JIT)"),
    MAIL("e-mail (Jakarta Mail, GreenMail)", "jakarta/mail/", "org/eclipse/angus/", "com/icegreen/"),
    SERIALIZATION("Avro and JSON", "org/apache/avro/", "com/fasterxml/jackson/", "tools/jackson/"),
    KAFKA("Kafka (clients, Streams, broker)", "org/apache/kafka/", "kafka/"),
    STUDIEBRO("Studiebro's code", "org/studiebro/"),
    WEB("HTTP and Spring", "org/springframework/", "org/apache/catalina/", "org/apache/coyote/",
            "org/apache/tomcat/", "io/quarkus/", "io/vertx/", "io/netty/"),
    OTHER("JDK, kernel and other");

    private final String label;
    private final List<String> prefixes;

    CpuCategory(String label, String... prefixes) {
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    public String label() {
        return label;
    }

    static CpuCategory of(String[] frames) {
        boolean javaFrame = false;
        for (int i = frames.length - 1; i >= 0; i--) {
            String frame = frames[i];
            if (isJava(frame)) {
                javaFrame = true;
                for (CpuCategory category : values()) {
                    if (category.prefixes.stream().anyMatch(frame::startsWith)) {
                        return category;
                    }
                }
            } else if (isJvmWork(frame)) {
                return JVM;
            }
        }
        return javaFrame ? OTHER : JVM;
    }

    /** async-profiler writes Java methods as {@code package/Class.method}; native and kernel frames otherwise. */
    private static boolean isJava(String frame) {
        return frame.indexOf('/') > 0 && !frame.contains("::") && !frame.endsWith("_[k]");
    }

    private static boolean isJvmWork(String frame) {
        return frame.contains("G1") || frame.contains("GC") || frame.startsWith("Compile")
                || frame.contains("CompileBroker");
    }
}

package org.studiebro.benchmark.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformProcessesTest {

    @Test
    void eachPartOfThePlatformIsKnownByItsCommandLine() {
        assertThat(PlatformProcesses.role("/jdk/bin/java -cp /r/cli/target/cli-0.1.0-SNAPSHOT.jar:/r/lib/* "
                + "-Dstudiebro.home=/r org.studiebro.cli.Studiebro up", 8085)).hasValue("launcher");
        assertThat(PlatformProcesses.role("/jdk/bin/java -cp /r/cli/target/cli-0.1.0-SNAPSHOT.jar:/r/lib/* "
                + "-Dstudiebro.home=/r org.studiebro.cli.Studiebro load --rate 50", 8085)).isEmpty();
        assertThat(PlatformProcesses.role("/jdk/bin/java -Xmx512m -cp a.jar:b.jar kafka.Kafka /r/.studiebro/kafka/"
                + "server.properties", 8085)).hasValue("kafka-broker");
        assertThat(PlatformProcesses.role("/jdk/bin/java -Xmx256m -jar /r/notification-service/target/"
                + "notification-service-0.1.0-SNAPSHOT-exec.jar", 8085)).hasValue("notification-service");
        assertThat(PlatformProcesses.role("/jdk/bin/java -Dquarkus.http.port=8085 -jar /c/quarkus-run.jar", 8085))
                .hasValue("schema-registry");
    }

    @Test
    void anotherRegistryOrAnyOtherProgramIsNotPartOfIt() {
        assertThat(PlatformProcesses.role("/jdk/bin/java -Dquarkus.http.port=40747 -jar /c/quarkus-run.jar", 8085))
                .isEmpty();
        assertThat(PlatformProcesses.role("/usr/bin/python3 kafka.Kafka.py", 8085)).isEmpty();
        assertThat(PlatformProcesses.role("/jdk/bin/java -jar surefirebooter.jar", 8085)).isEmpty();
    }
}

package org.studiebro.reference;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The reference seat owner and the reference home municipality: outside parties that read only their own request
 * topics and write only their own decision topics, answering by the rules in README.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReferencePartiesApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferencePartiesApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

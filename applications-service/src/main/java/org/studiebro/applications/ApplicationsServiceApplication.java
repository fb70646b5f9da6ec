package org.studiebro.applications;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Intake of course applications, the learner-facing status view and the catalog for upstream forms. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApplicationsServiceApplication {

    /** Producer name written into every event's metadata. */
    public static final String SERVICE_NAME = "applications-service";

    public static void main(String[] args) {
        SpringApplication.run(ApplicationsServiceApplication.class, args);
    }

    /** Stockholm time, so that "today" (ages, dates of birth) is the learner's day, not UTC's. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }
}

package org.studiebro.referencedata;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Studiebro's reference-data-service: imports and checks the catalog and the reference data (municipalities,
 * cooperation areas, providers) and is the single writer of the reference.* and catalog.* topics, which every other
 * service reads.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReferenceDataServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferenceDataServiceApplication.class, args);
    }

    /** Stamps the time of each imported record's metadata. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

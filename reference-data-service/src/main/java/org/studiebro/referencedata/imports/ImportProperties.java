package org.studiebro.referencedata.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the reference data and the catalog are read from, and whether they are imported at startup.
 *
 * @param onStartup import when the service starts (default true)
 * @param location  a Spring resource location of a directory holding municipalities.json,
 *                  cooperation-areas.json and catalog/*.json (default classpath:reference-data/)
 */
@ConfigurationProperties("studiebro.import")
record ImportProperties(@DefaultValue("true") boolean onStartup,
        @DefaultValue("classpath:reference-data/") String location) {

    String directory() {
        return location.endsWith("/") ? location : location + "/";
    }
}

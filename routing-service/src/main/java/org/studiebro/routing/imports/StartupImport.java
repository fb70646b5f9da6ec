package org.studiebro.routing.imports;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Imports at startup when studiebro.import.on-startup is true. It runs once every bean exists and before any
 * lifecycle starts, so the topics routing subscribes to exist before Kafka Streams starts; a failure stops the
 * service from starting, naming the bad file and entry.
 */
@Component
class StartupImport implements SmartInitializingSingleton {

    private final ImportProperties properties;
    private final ReferenceDataImport referenceDataImport;

    StartupImport(ImportProperties properties, ReferenceDataImport referenceDataImport) {
        this.properties = properties;
        this.referenceDataImport = referenceDataImport;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.onStartup()) {
            referenceDataImport.run();
        }
    }
}

package org.studiebro.referencedata.imports;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Imports at startup when studiebro.import.on-startup is true. It runs once every bean exists and before the web
 * server starts, so the service reports healthy only once the reference data and the catalog are on their topics; a
 * failure stops the service from starting, naming the bad file and entry.
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

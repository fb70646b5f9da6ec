package org.studiebro.applications.intake;

import java.util.Optional;

/** The countries whose municipalities take part; a municipality id starts with its country (se-1480, no-4601). */
enum Country {
    SE, NO;

    static Optional<Country> ofMunicipality(String municipalityId) {
        if (municipalityId == null) {
            return Optional.empty();
        }
        if (municipalityId.startsWith("se-")) {
            return Optional.of(SE);
        }
        if (municipalityId.startsWith("no-")) {
            return Optional.of(NO);
        }
        return Optional.empty();
    }
}

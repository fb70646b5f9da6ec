package org.studiebro.routing.rules;

/**
 * How a home municipality's refusal to pay is appealed, in the language and under the law of the municipality's
 * country: in Sweden to Skolväsendets överklagandenämnd, in Norway to the Statsforvalteren through the municipality.
 */
final class AppealText {

    static final String SWEDEN = "Beslutet kan överklagas till Skolväsendets överklagandenämnd inom tre veckor från"
            + " den dag du fick del av beslutet.";
    static final String NORWAY = "Vedtaket kan påklages til Statsforvalteren innen tre uker fra du fikk melding om"
            + " vedtaket. Klagen sendes til kommunen.";

    private AppealText() {
    }

    /** Municipality ids carry their country (se-1480, no-4627); only Swedish and Norwegian ones are registered. */
    static String forHomeMunicipality(String municipalityId) {
        return municipalityId.startsWith("no-") ? NORWAY : SWEDEN;
    }
}

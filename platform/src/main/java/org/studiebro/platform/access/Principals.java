package org.studiebro.platform.access;

import org.studiebro.schemas.Topics;

/** The broker's user names: one per service, one per outside party, one for the operators. */
public final class Principals {

    /** The operators' tools: watch, dead letters and their replay. */
    public static final String OPERATOR = "studiebro-operator";
    static final String MUNICIPALITY = "municipality.";
    static final String SEAT_OWNER = "seat-owner.";

    private Principals() {
    }

    public static String municipality(String municipality) {
        return MUNICIPALITY + requireParty(municipality);
    }

    public static String seatOwner(String seatOwner) {
        return SEAT_OWNER + requireParty(seatOwner);
    }

    private static String requireParty(String id) {
        if (!Topics.isPartyId(id)) {
            throw new IllegalArgumentException("not a party id: " + id);
        }
        return id;
    }
}

package org.studiebro.routing.rules;

import java.time.Instant;

import org.studiebro.events.Authority;
import org.studiebro.events.StatusChange;

/** Who changed a choice, why, and when. */
record Decision(Authority authority, String decidedBy, String reasonCode, String reason, Instant at) {

    /** The party id (and officer) that routing itself decides as. */
    static final String ROUTING = "studiebro-routing";

    static Decision byRouting(String reasonCode, String reason, Instant at) {
        return new Decision(Authority.STUDIEBRO, ROUTING, reasonCode, reason, at);
    }

    StatusChange change(Integer choiceRank) {
        return StatusChange.newBuilder()
                .setChoiceRank(choiceRank)
                .setAuthority(authority)
                .setDecidedBy(decidedBy)
                .setReasonCode(reasonCode)
                .setReason(reason)
                .build();
    }
}

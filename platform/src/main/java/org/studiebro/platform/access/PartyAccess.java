package org.studiebro.platform.access;

import java.util.List;

import org.apache.kafka.common.acl.AclBinding;
import org.studiebro.schemas.Topics;

/**
 * What an outside party's user may do: a home municipality reads its own cost requests and notices and writes its own
 * cost decisions; a seat owner reads its own seat requests and writes its own seat decisions. Each also owns the
 * consumer groups and transactional ids named with its user name, so that it can read exactly once.
 */
final class PartyAccess {

    private PartyAccess() {
    }

    static List<AclBinding> municipality(String municipality) {
        String user = Principals.municipality(municipality);
        return Grants.of(user)
                .reads(Topics.costRequests(municipality), Topics.municipalityNotices(municipality))
                .writes(Topics.costDecisions(municipality))
                .owns(user)
                .bindings();
    }

    static List<AclBinding> seatOwner(String seatOwner) {
        String user = Principals.seatOwner(seatOwner);
        return Grants.of(user)
                .reads(Topics.seatRequests(seatOwner))
                .writes(Topics.seatDecisions(seatOwner))
                .owns(user)
                .bindings();
    }
}

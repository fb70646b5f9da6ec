package org.studiebro.platform.access;

import java.util.List;

import org.apache.kafka.common.acl.AclBinding;

/** The two kinds of outside party that have topics of their own. */
public enum PartyKind {

    MUNICIPALITY {
        @Override
        public String user(String party) {
            return Principals.municipality(party);
        }

        @Override
        List<AclBinding> access(String party) {
            return PartyAccess.municipality(party);
        }
    },
    SEAT_OWNER {
        @Override
        public String user(String party) {
            return Principals.seatOwner(party);
        }

        @Override
        List<AclBinding> access(String party) {
            return PartyAccess.seatOwner(party);
        }
    };

    public abstract String user(String party);

    abstract List<AclBinding> access(String party);
}

package org.studiebro.referencedata.reference;

import java.util.List;

/** One cooperation area (samverkansområde) as cooperation-areas.json holds it. */
public record CooperationAreaEntry(String id, String name, List<String> members, List<String> courseKinds,
        String costRule) {
}

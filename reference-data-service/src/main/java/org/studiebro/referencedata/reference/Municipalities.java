package org.studiebro.referencedata.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.studiebro.events.EventMetadata;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.schemas.Topics;

/** Checks municipalities.json and turns its entries into MunicipalityRegistered events. */
public final class Municipalities {

    private Municipalities() {
    }

    public static List<MunicipalityRegistered> validate(String file, List<MunicipalityEntry> entries,
            Supplier<EventMetadata> metadata, List<ReferenceDataProblem> problems) {
        List<MunicipalityRegistered> municipalities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            MunicipalityEntry entry = entries.get(i);
            EntryChecks checks = new EntryChecks(file, EntryChecks.describe("", i, entry.id()), problems);
            boolean valid = checks.required(entry.id(), "id")
                    & checks.required(entry.code(), "code")
                    & checks.required(entry.name(), "name")
                    & checks.required(entry.county(), "county")
                    & checks.check("SE".equals(entry.country()) || "NO".equals(entry.country()),
                            "country must be SE or NO, was " + entry.country());
            if (!valid) {
                continue;
            }
            valid = checks.check(entry.code().matches("[0-9]{4}"), "code must be four digits, was " + entry.code())
                    & checks.check(Topics.isPartyId(entry.id())
                            && entry.id().equals(entry.country().toLowerCase(Locale.ROOT) + "-" + entry.code()),
                            "id must be the country and the code, e.g. se-1480")
                    & checks.check(entry.email() == null || entry.email().contains("@"),
                            "email is not an e-mail address")
                    & checks.check(seen.add(entry.id()), "id appears more than once");
            if (valid) {
                municipalities.add(MunicipalityRegistered.newBuilder()
                        .setMetadata(metadata.get())
                        .setMunicipalityId(entry.id())
                        .setCode(entry.code())
                        .setCountry(entry.country())
                        .setName(entry.name())
                        .setCounty(entry.county())
                        .setEmail(entry.email())
                        .build());
            }
        }
        return municipalities;
    }
}

package org.studiebro.referencedata.imports;

import java.util.Objects;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/** Whether two records say the same, apart from their metadata (event id, time, correlation). */
final class SameContent {

    private static final String METADATA = "metadata";

    private SameContent() {
    }

    static boolean same(SpecificRecord current, SpecificRecord candidate) {
        if (current == null || candidate == null || current.getClass() != candidate.getClass()) {
            return false;
        }
        for (Schema.Field field : candidate.getSchema().getFields()) {
            if (!field.name().equals(METADATA) && !Objects.equals(current.get(field.pos()), candidate.get(field.pos()))) {
                return false;
            }
        }
        return true;
    }
}

package org.studiebro.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** Contracts are read by outside parties: every record and field says what it means, every enum can grow. */
class ContractDocumentationTest {

    @Test
    void everyRecordAndFieldHasADocAndEveryEnumADefault() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ContractCompatibilityTest.currentContracts().values().forEach(schema -> inspect(schema, problems, seen));
        assertThat(problems).isEmpty();
    }

    private static void inspect(Schema schema, List<String> problems, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (!seen.add(schema.getFullName())) {
                    return;
                }
                requireDoc(schema.getDoc(), schema.getFullName(), problems);
                for (Schema.Field field : schema.getFields()) {
                    requireDoc(field.doc(), schema.getFullName() + "." + field.name(), problems);
                    inspect(field.schema(), problems, seen);
                }
            }
            case ENUM -> {
                if (seen.add(schema.getFullName()) && schema.getEnumDefault() == null) {
                    problems.add(schema.getFullName() + " has no default symbol");
                }
            }
            case UNION -> schema.getTypes().forEach(branch -> inspect(branch, problems, seen));
            case ARRAY -> inspect(schema.getElementType(), problems, seen);
            case MAP -> inspect(schema.getValueType(), problems, seen);
            default -> {
            }
        }
    }

    private static void requireDoc(String doc, String where, List<String> problems) {
        if (doc == null || doc.isBlank()) {
            problems.add(where + " has no doc");
        }
    }
}

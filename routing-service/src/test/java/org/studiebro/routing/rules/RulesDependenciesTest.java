package org.studiebro.routing.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules are plain domain code: Kafka Streams, Spring and the wiring that runs them stay on the other side. */
class RulesDependenciesTest {

    @Test
    void rulesKnowNeitherKafkaNorSpringNorTheirWiring() {
        noClasses().that().resideInAPackage("org.studiebro.routing.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework..",
                        "org.studiebro.routing.router..")
                .check(new ClassFileImporter()
                        .withImportOption(new ImportOption.DoNotIncludeTests())
                        .importPackages("org.studiebro.routing"));
    }
}

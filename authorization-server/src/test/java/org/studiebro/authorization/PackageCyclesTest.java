package org.studiebro.authorization;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's packages depend on each other one way only, so each can be read and changed on its own terms. */
class PackageCyclesTest {

    @Test
    void mainPackagesAreFreeOfCycles() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.studiebro.authorization");

        slices().matching("org.studiebro.authorization.(*)..").should().beFreeOfCycles().check(main);
    }
}

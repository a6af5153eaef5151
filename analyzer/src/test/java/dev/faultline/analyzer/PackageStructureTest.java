package dev.faultline.analyzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The analyzer never depends on ingest or on Spring. */
class PackageStructureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.faultline.analyzer");

    @Test
    void doesNotDependOnIngestOrSpring() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.faultline.ingest..", "org.springframework..")
                .check(classes);
    }
}

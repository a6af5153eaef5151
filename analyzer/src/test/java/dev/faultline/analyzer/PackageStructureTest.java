package dev.faultline.analyzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The analyzer never depends on ingest or on Spring. */
class PackageStructureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.faultline.analyzer");

    @Test
    void doesNotDependOnIngestOrSpring() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.faultline.ingest..", "org.springframework..")
                .check(classes);
    }
}

package dev.faultline.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** Keeps the module's boundaries: one package talks to Neo4j, none knows Spring. */
class PackageStructureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.faultline.ingest");

    @Test
    void onlyTheLoadPackageTalksToTheDriver() {
        noClasses().that().resideOutsideOfPackage("dev.faultline.ingest.load..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.driver..")
                .check(classes);
    }

    @Test
    void nothingDependsOnSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(classes);
    }

    @Test
    void readingBundlesDoesNotDependOnLoadingThem() {
        noClasses().that().resideInAnyPackage("dev.faultline.ingest.bundle..", "dev.faultline.ingest.generate..")
                .should().dependOnClassesThat().resideInAPackage("dev.faultline.ingest.load..")
                .check(classes);
    }
}

package video.zapcut.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the walls of DESIGN.md: the core knows ports, not vendors or the web; media knows no pipeline. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("video.zapcut");

    @Test
    void mediaDependsOnNeitherPipelineNorAgentsNorAi() {
        noClasses().that().resideInAPackage("video.zapcut.media..")
                .should().dependOnClassesThat().resideInAnyPackage("video.zapcut.pipeline..", "video.zapcut.agents..",
                        "video.zapcut.ai..", "video.zapcut.cli..", "video.zapcut.web..")
                .check(CLASSES);
    }

    @Test
    void agentsDependOnNoMediaPipelineOrStorage() {
        noClasses().that().resideInAPackage("video.zapcut.agents..")
                .should().dependOnClassesThat().resideInAnyPackage("video.zapcut.media..", "video.zapcut.pipeline..",
                        "video.zapcut.storage..", "video.zapcut.cli..", "video.zapcut.web..")
                .check(CLASSES);
    }

    @Test
    void thePipelineKnowsPortsNotLocalOrVendorAdapters() {
        noClasses().that().resideInAPackage("video.zapcut.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("video.zapcut.ai.local..", "video.zapcut.cli..",
                        "video.zapcut.web..")
                .check(CLASSES);
    }

    @Test
    void nothingBelowTheEdgesUsesTheCommandLineOrTheWeb() {
        noClasses().that().resideOutsideOfPackages("video.zapcut.cli..", "video.zapcut.web..", "video.zapcut")
                .should().dependOnClassesThat().resideInAnyPackage("video.zapcut.cli..", "video.zapcut.web..")
                .check(CLASSES);
    }
}

package nianbao;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the one-way data flow of architecture.md: each package uses only the packages below it. */
@AnalyzeClasses(packages = "nianbao",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestClasses.class})
class ArchitectureTest {
    /** Also leaves out test classes when the build directory is not {@code target} ({@code -Dnianbao.build.dir}). */
    static final class NoTestClasses implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule packagesUseOnlyWhatTheyMay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("nianbao.model..")
            .layer("format").definedBy("nianbao.format..")
            .layer("extract").definedBy("nianbao.extract..")
            .layer("parse").definedBy("nianbao.parse..")
            .layer("check").definedBy("nianbao.check..")
            .layer("read").definedBy("nianbao.read..")
            .layer("export").definedBy("nianbao.export..")
            .layer("store").definedBy("nianbao.store..")
            .layer("review").definedBy("nianbao.review..")
            .layer("cli").definedBy("nianbao.cli..")
            .optionalLayer("ui").definedBy("nianbao.ui..")
            .layer("launcher").definedBy("nianbao")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("format").mayOnlyAccessLayers("model")
            .whereLayer("extract").mayOnlyAccessLayers("model", "format")
            .whereLayer("parse").mayOnlyAccessLayers("model", "format", "extract")
            .whereLayer("check").mayOnlyAccessLayers("model", "format")
            .whereLayer("read").mayOnlyAccessLayers("model", "format", "extract", "parse", "check")
            .whereLayer("export").mayOnlyAccessLayers("model", "format")
            .whereLayer("store").mayOnlyAccessLayers("model")
            .whereLayer("review").mayOnlyAccessLayers("model", "format", "extract", "check", "read", "store")
            .whereLayer("cli").mayOnlyAccessLayers("model", "format", "extract", "parse", "check", "read",
                    "export", "store", "review")
            .whereLayer("ui").mayOnlyAccessLayers("model", "format", "extract", "check", "read", "export",
                    "store", "review")
            .whereLayer("launcher").mayOnlyAccessLayers("cli", "ui");

    /** The engine and the command line run without a display; only the window (and what starts it) knows JavaFX. */
    @ArchTest
    static final ArchRule nothingBelowTheUiUsesJavaFx = noClasses()
            .that().resideInAnyPackage("nianbao.model..", "nianbao.format..", "nianbao.extract..", "nianbao.parse..",
                    "nianbao.check..", "nianbao.export..", "nianbao.store..", "nianbao.review..", "nianbao.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("nianbao.(*)..").should().beFreeOfCycles();
}

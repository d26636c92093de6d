package com.celebrantportal.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of the architecture: dependencies run one way, and the two sides meet only in api. */
@AnalyzeClasses(packages = "com.celebrantportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule theContractHasNoFrameworkButAxonAnnotations = noClasses()
            .that().resideInAPackage("com.celebrantportal.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                    "org.hibernate..", "com.celebrantportal.command..", "com.celebrantportal.query..",
                    "com.celebrantportal.ops..", "com.celebrantportal.app..");

    @ArchTest
    static final ArchRule theCommandSideNeverImportsTheQuerySide = noClasses()
            .that().resideInAPackage("com.celebrantportal.command..")
            .should().dependOnClassesThat().resideInAnyPackage("com.celebrantportal.query..",
                    "com.celebrantportal.ops..", "com.celebrantportal.app..");

    @ArchTest
    static final ArchRule theQuerySideNeverImportsTheCommandSide = noClasses()
            .that().resideInAPackage("com.celebrantportal.query..")
            .should().dependOnClassesThat().resideInAnyPackage("com.celebrantportal.command..",
                    "com.celebrantportal.ops..", "com.celebrantportal.app..");

    @ArchTest
    static final ArchRule opsDependsOnlyOnTheContract = noClasses()
            .that().resideInAPackage("com.celebrantportal.ops..")
            .should().dependOnClassesThat().resideInAnyPackage("com.celebrantportal.command..",
                    "com.celebrantportal.query..", "com.celebrantportal.app..");

    @ArchTest
    static final ArchRule aggregatesNeverTouchTheDatabaseDirectly = noClasses()
            .that().haveSimpleName("Booking")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");
}

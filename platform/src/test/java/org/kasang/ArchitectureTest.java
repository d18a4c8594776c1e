package org.kasang;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Feature packages stay apart as DESIGN.md draws them; a violation fails the build. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kasang");
    }

    @Test
    void no_feature_reaches_into_another_features_internals_or_ui() {
        for (String feature : new String[] {"security", "organisations", "catalogue", "learning", "coaching", "documents", "assignments",
                "pdf", "indicators"}) {
            noClasses().that().resideOutsideOfPackage("org.kasang." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.kasang." + feature + ".internal..")
                    .because("a feature's root package is its API")
                    .check(classes);
            noClasses().that().resideOutsideOfPackages("org.kasang." + feature + "..", "org.kasang.shell..")
                    .should().dependOnClassesThat().resideInAPackage("org.kasang." + feature + ".ui..")
                    .because("only the shell composes other features' views")
                    .check(classes);
        }
    }

    @Test
    void no_feature_depends_on_the_shell() {
        noClasses().that().resideOutsideOfPackage("org.kasang.shell..")
                .should().dependOnClassesThat().resideInAPackage("org.kasang.shell..")
                .check(classes);
    }

    @Test
    void security_depends_on_no_feature() {
        noClasses().that().resideInAPackage("org.kasang.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasang.organisations..",
                        "org.kasang.catalogue..", "org.kasang.learning..", "org.kasang.coaching..", "org.kasang.demo..")
                .check(classes);
    }

    @Test
    void catalogue_never_depends_on_learning_or_coaching() {
        noClasses().that().resideInAPackage("org.kasang.catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasang.learning..", "org.kasang.coaching..")
                .check(classes);
    }

    @Test
    void documents_serve_others_and_depend_on_no_feature_but_security() {
        noClasses().that().resideInAPackage("org.kasang.documents..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasang.organisations..", "org.kasang.catalogue..",
                        "org.kasang.learning..", "org.kasang.coaching..")
                .check(classes);
    }

    @Test
    void learning_never_depends_on_coaching() {
        noClasses().that().resideInAPackage("org.kasang.learning..")
                .should().dependOnClassesThat().resideInAPackage("org.kasang.coaching..")
                .check(classes);
    }

    @Test
    void organisations_do_not_depend_on_learning_catalogue_or_coaching() {
        noClasses().that().resideInAPackage("org.kasang.organisations..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasang.learning..", "org.kasang.catalogue..",
                        "org.kasang.coaching..")
                .check(classes);
    }

    @Test
    void repositories_and_jdbc_stay_inside_internal_packages() {
        noClasses().that().resideOutsideOfPackages("..internal..", "org.kasang.database..")
                .should().dependOnClassesThat().haveSimpleName("JdbcClient")
                .check(classes);
    }

    @Test
    void nothing_but_the_shell_depends_on_indicators() {
        noClasses().that().resideOutsideOfPackages("org.kasang.indicators..", "org.kasang.shell..", "org.kasang.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.kasang.indicators..")
                .because("indicators listen to learning's and assignments' events; nobody calls them")
                .check(classes);
    }

    @Test
    void the_scale_data_generator_stands_apart() {
        // Plain JDBC and Flyway: it runs without the app (and without a second Spring context in a test JVM).
        noClasses().that().resideInAPackage("org.kasang.scale..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.kasang..")
                        .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("org.kasang.scale..")))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.kasang.scale..")
                .should().dependOnClassesThat().resideInAPackage("org.kasang.scale..")
                .check(classes);
    }
}

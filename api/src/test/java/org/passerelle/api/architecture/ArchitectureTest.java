package org.passerelle.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, executable: core depends on no feature, features only on core, REST
 * resources only in api, and entities never leave their module's packages.
 */
class ArchitectureTest {

    static final String CORE = "org.passerelle.core..";
    static final String TICKETING = "org.passerelle.ticketing..";
    static final String TRAINING = "org.passerelle.training..";
    static final String MISSION = "org.passerelle.mission..";
    static final String API = "org.passerelle.api..";

    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.passerelle");
    }

    @Test
    void core_depends_on_no_feature_module_nor_on_api() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(TICKETING, TRAINING, MISSION, API)
                .check(production);
    }

    @Test
    void ticketing_depends_on_core_only() {
        featureRule(TICKETING, TRAINING, MISSION).check(production);
    }

    @Test
    void training_depends_on_core_only() {
        featureRule(TRAINING, TICKETING, MISSION).check(production);
    }

    @Test
    void mission_depends_on_core_only() {
        featureRule(MISSION, TICKETING, TRAINING).check(production);
    }

    @Test
    void rest_resources_live_in_api_only() {
        classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class).should().resideInAPackage(API)
                .check(production);
    }

    @Test
    void api_never_touches_entities() {
        noClasses().that().resideInAPackage(API)
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(production);
    }

    @Test
    void only_a_module_policy_reads_roles_to_decide() {
        noClasses().that().doNotHaveSimpleName("OrgAccess").and().haveSimpleNameNotEndingWith("Policy")
                .should().callMethod(OrgAccess.class, "has", Role[].class)
                .orShould().callMethod(OrgAccess.class, "require", Role[].class)
                .because("who may do what is decided in one policy per module (docs/security.md)")
                .check(production);
    }

    @Test
    void rest_resources_hold_no_rule() {
        noClasses().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().dependOnClassesThat().areAssignableTo(AccessDeniedException.class)
                .orShould().dependOnClassesThat().areAssignableTo(NotFoundException.class)
                .because("refusals come from the module's policy, asked by its services")
                .check(production);
    }

    private static ArchRule featureRule(String feature, String... otherFeatures) {
        String[] forbidden = new String[otherFeatures.length + 1];
        System.arraycopy(otherFeatures, 0, forbidden, 0, otherFeatures.length);
        forbidden[otherFeatures.length] = API;
        return noClasses().that().resideInAPackage(feature)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .allowEmptyShould(true);
    }
}

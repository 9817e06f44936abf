package org.passerelle.api.mission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Who may do what with mission data is decided in one place, {@code MissionPolicy}: no other class of the
 * mission module reads roles, and the mission's REST resources hold no rule — they pass the caller's access to
 * the services, never a bare organisation id.
 */
class MissionPolicyArchitectureTest {

    static final String POLICY = "org.passerelle.mission.MissionPolicy";

    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.passerelle.mission", "org.passerelle.api.mission");
    }

    @Test
    void only_the_policy_reads_roles_in_the_mission_module() {
        noClasses().that().resideInAPackage("org.passerelle.mission..").and().doNotHaveFullyQualifiedName(POLICY)
                .should().dependOnClassesThat().belongToAnyOf(Role.class)
                .orShould().callMethod(OrgAccess.class, "has", Role[].class)
                .orShould().callMethod(OrgAccess.class, "require", Role[].class)
                .orShould().callMethod(OrgAccess.class, "roles")
                .orShould().callConstructor(AccessDeniedException.class)
                .orShould().callConstructor(AccessDeniedException.class, String.class, Object[].class)
                .because("MissionPolicy is the one place that decides who may do what with mission data")
                .check(production);
    }

    @Test
    void mission_resources_hold_no_rule() {
        noClasses().that().resideInAPackage("org.passerelle.api.mission..")
                .should().dependOnClassesThat().belongToAnyOf(Role.class, AccessDeniedException.class,
                        NotFoundException.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(POLICY)
                .orShould().callMethod(OrgAccess.class, "has", Role[].class)
                .orShould().callMethod(OrgAccess.class, "require", Role[].class)
                .orShould().callMethod(OrgAccess.class, "requireAdminOrPlatformAdmin")
                .check(production);
    }

    @Test
    void mission_resources_give_the_services_the_callers_access_not_a_bare_organisation_id() {
        noClasses().that().resideInAPackage("org.passerelle.api.mission..")
                .should().callMethodWhere(new DescribedPredicate<JavaCall<?>>("a mission service method taking a bare organisation id") {
                    @Override
                    public boolean test(JavaCall<?> call) {
                        var target = call.getTarget();
                        return target.getOwner().getPackageName().startsWith("org.passerelle.mission")
                                && target.getOwner().getSimpleName().endsWith("Service")
                                && target.resolveMember().map(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                                        .orElse(true)
                                && !target.getRawParameterTypes().isEmpty()
                                && target.getRawParameterTypes().get(0).isEquivalentTo(UUID.class);
                    }
                })
                .check(production);
    }
}

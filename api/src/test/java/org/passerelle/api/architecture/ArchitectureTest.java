package org.passerelle.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of DESIGN.md, executable: core depends on no feature, features only on core, REST
 * resources and JAX-RS only in api, entities package-private and named in queries only by their own package,
 * and who may do what decided in each module's policy. No rule may pass for want of classes to check: ArchUnit
 * fails a rule whose {@code that()} matches nothing (its default, left on), so a misspelt package fails the build.
 */
class ArchitectureTest {

    static final String CORE = "org.passerelle.core..";
    static final String TICKETING = "org.passerelle.ticketing..";
    static final String TRAINING = "org.passerelle.training..";
    static final String MISSION = "org.passerelle.mission..";
    static final String INCLUSION = "org.passerelle.inclusion..";
    static final String API = "org.passerelle.api..";
    static final String MISSION_POLICY = "org.passerelle.mission.MissionPolicy";
    /** The modules whose main sources the query rule reads, relative to the project's root. */
    static final List<String> MODULES = List.of("core", "ticketing", "training", "mission", "inclusion", "api");
    static final List<String> FEATURE_MODULES = List.of("ticketing", "training", "mission", "inclusion");
    /** Core's tables (core/src/main/resources/db/migration/core). */
    static final List<String> CORE_TABLES = List.of("api_clients", "business_calendars", "closure_days", "mail_outbox",
            "members", "memberships", "opening_hours", "organisations", "outbox_events", "people", "services",
            "subscriptions", "teams", "webhook_deliveries", "webhook_subscriptions");

    private static final Pattern TEXT_BLOCK = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

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
        featureRule(TICKETING, TRAINING, MISSION, INCLUSION).check(production);
    }

    @Test
    void training_depends_on_core_only() {
        featureRule(TRAINING, TICKETING, MISSION, INCLUSION).check(production);
    }

    @Test
    void mission_depends_on_core_only() {
        featureRule(MISSION, TICKETING, TRAINING, INCLUSION).check(production);
    }

    @Test
    void inclusion_depends_on_core_only() {
        featureRule(INCLUSION, TICKETING, TRAINING, MISSION).check(production);
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

    @Test
    void a_rule_over_a_misspelt_package_fails_rather_than_passing_empty() {
        assertThrows(AssertionError.class, () -> featureRule("org.passerelle.ticketting..", TRAINING, MISSION)
                .check(production));
    }

    @Test
    void jax_rs_lives_in_api_only() {
        noClasses().that().resideOutsideOfPackage(API)
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("HTTP is the api module's concern: core and the features answer with their own types")
                .check(production);
    }

    @Test
    void entities_are_not_public() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class).should().notBePublic()
                .because("an entity is reached through its package's services and views, never handed out")
                .check(production);
    }

    /**
     * HQL names entities by their simple names, which ArchUnit cannot see in a string: the main sources are read,
     * and every {@code from}, {@code join} or {@code update} of a query must name an entity of the class's own
     * package (another package's data is read through that package's services).
     */
    @Test
    void queries_name_only_their_own_packages_entities() {
        Map<String, String> packageOfEntity = production.stream()
                .filter(c -> c.isAnnotatedWith(jakarta.persistence.Entity.class))
                .collect(Collectors.toMap(JavaClass::getSimpleName, JavaClass::getPackageName));
        Pattern named = Pattern.compile("\\b(?i:from|join|update)\\s+([A-Z]\\w*)");
        List<String> violations = new ArrayList<>();
        int queries = 0;
        for (Path source : mainSources()) {
            String text = read(source);
            Matcher pkg = Pattern.compile("(?m)^package\\s+([\\w.]+);").matcher(text);
            String own = pkg.find() ? pkg.group(1) : "";
            for (String literal : literals(text)) {
                Matcher entity = named.matcher(literal);
                while (entity.find()) {
                    String other = packageOfEntity.get(entity.group(1));
                    if (other != null) {
                        queries++;
                        if (!other.equals(own)) {
                            violations.add(source.getFileName() + " (" + own + ") names " + entity.group(1) + " of "
                                    + other + ": \"" + literal.strip() + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(queries > 10, "only " + queries + " queries naming entities found: is the source path right?");
        assertEquals(List.of(), violations, "queries naming another package's entities");
    }

    /**
     * A feature module reads core's data through core's Java contracts (names for a set of ids, ...), never by
     * naming core's tables in its SQL: core's schema can then change without breaking a feature's reports.
     */
    @Test
    void feature_modules_never_name_core_tables_in_sql() {
        Pattern coreTable = Pattern.compile("\\b(?i:from|join|update|into)\\s+(" + String.join("|", CORE_TABLES) + ")\\b");
        List<String> violations = new ArrayList<>();
        int statements = 0;
        for (Path source : mainSources()) {
            if (FEATURE_MODULES.stream().noneMatch(m -> source.toString().contains("/" + m + "/src/main/java/"))) {
                continue;
            }
            for (String literal : literals(read(source))) {
                if (literal.matches("(?is).*\\b(select|update|insert into)\\b.*")) {
                    statements++;
                }
                Matcher table = coreTable.matcher(literal);
                if (table.find()) {
                    violations.add(source.getFileName() + " names core table " + table.group(1) + ": \"" + literal.strip() + "\"");
                }
            }
        }
        assertTrue(statements > 20, "only " + statements + " SQL statements found in feature modules: is the path right?");
        assertEquals(List.of(), violations, "feature modules naming core tables");
    }

    @Test
    void only_the_policy_reads_roles_in_the_mission_module() {
        noClasses().that().resideInAPackage(MISSION).and().doNotHaveFullyQualifiedName(MISSION_POLICY)
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
                .orShould().dependOnClassesThat().haveFullyQualifiedName(MISSION_POLICY)
                .orShould().callMethod(OrgAccess.class, "has", Role[].class)
                .orShould().callMethod(OrgAccess.class, "require", Role[].class)
                .orShould().callMethod(OrgAccess.class, "requireAdminOrPlatformAdmin")
                .check(production);
    }

    @Test
    void mission_resources_give_the_services_the_callers_access_not_a_bare_organisation_id() {
        noClasses().that().resideInAPackage("org.passerelle.api.mission..")
                .should().callMethodWhere(new DescribedPredicate<JavaCall<?>>(
                        "a mission service method taking a bare organisation id") {
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

    private static List<Path> mainSources() {
        Path root = Path.of("").toAbsolutePath();
        Path project = Files.isDirectory(root.resolve("core")) ? root : root.getParent();
        List<Path> sources = new ArrayList<>();
        for (String module : MODULES) {
            Path dir = project.resolve(module).resolve("src/main/java");
            assertTrue(Files.isDirectory(dir), "no sources at " + dir);
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** The string literals of a source: text blocks, then one-line strings. */
    private static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher block = TEXT_BLOCK.matcher(source);
        while (block.find()) {
            literals.add(block.group(1));
        }
        Matcher string = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (string.find()) {
            literals.add(string.group(1));
        }
        return literals;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArchRule featureRule(String feature, String... otherFeatures) {
        String[] forbidden = new String[otherFeatures.length + 1];
        System.arraycopy(otherFeatures, 0, forbidden, 0, otherFeatures.length);
        forbidden[otherFeatures.length] = API;
        return noClasses().that().resideInAPackage(feature)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden);
    }
}

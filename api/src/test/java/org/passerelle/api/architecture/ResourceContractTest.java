package org.passerelle.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.api.http.Idempotent;

/**
 * The OpenAPI document is the contract SPA and partner clients are generated from, so resource methods
 * must let it know what they answer: typed bodies (RestResponse&lt;T&gt;, not a bare Response) and, for
 * every creating POST, a documented 201, which is also exactly the set of {@code @Idempotent} methods.
 * Resources stay thin: they ask {@code Tenant} for the organisation instead of taking {@code {org}}, and a
 * resource that grows past {@value #MAX_RESOURCE_LINES} lines is split by sub-resource or feature.
 */
class ResourceContractTest {

    static final int MAX_RESOURCE_LINES = 150;

    static JavaClasses api;

    @BeforeAll
    static void importApi() {
        api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.passerelle.api");
    }

    @Test
    void creating_posts_are_idempotent() {
        methods().that(documentA201()).should().beAnnotatedWith(Idempotent.class).check(api);
    }

    @Test
    void idempotent_methods_document_their_201() {
        methods().that().areAnnotatedWith(Idempotent.class).should(haveDocumented201()).check(api);
    }

    @Test
    void untyped_responses_document_their_body() {
        methods().that(areHttpOperations()).and().haveRawReturnType(Response.class)
                .should().beAnnotatedWith(APIResponse.class).orShould().beAnnotatedWith(APIResponses.class)
                .check(api);
    }

    private static DescribedPredicate<JavaMethod> areHttpOperations() {
        return DescribedPredicate.describe("are HTTP operations", m -> Stream.of(GET.class, POST.class, PUT.class, DELETE.class)
                .anyMatch(m::isAnnotatedWith));
    }

    private static DescribedPredicate<JavaMethod> documentA201() {
        return DescribedPredicate.describe("document a 201 response", ResourceContractTest::documents201);
    }

    private static ArchCondition<JavaMethod> haveDocumented201() {
        return ArchCondition.from(documentA201());
    }

    private static boolean documents201(JavaMethod method) {
        Stream<APIResponse> responses = Stream.concat(
                method.tryGetAnnotationOfType(APIResponse.class).stream(),
                method.tryGetAnnotationOfType(APIResponses.class).stream().flatMap(r -> Arrays.stream(r.value())));
        return responses.anyMatch(r -> "201".equals(r.responseCode()));
    }

    @Test
    void resources_stay_under_150_lines() throws IOException {
        List<JavaClass> resources = resources();
        List<String> failures = new ArrayList<>();
        for (JavaClass resource : resources) {
            Path source = Path.of("src", "main", "java", resource.getName().replace('.', '/') + ".java");
            long lines = Files.readAllLines(source).size();
            if (lines > MAX_RESOURCE_LINES) {
                failures.add(source + ": " + lines + " lines, split it by sub-resource or feature (paths and "
                        + "operationIds unchanged)");
            }
        }
        assertTrue(resources.size() > 30, "only " + resources.size() + " resources found");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void resources_take_the_organisation_from_the_tenant() {
        List<JavaClass> resources = resources();
        List<String> failures = resources.stream().flatMap(c -> c.getMethods().stream())
                .flatMap(m -> m.getParameters().stream()
                        .filter(p -> p.tryGetAnnotationOfType(PathParam.class).map(a -> "org".equals(a.value()))
                                .orElse(false))
                        .map(p -> m.getFullName() + ": takes @PathParam(\"org\"), ask Tenant instead"))
                .toList();
        assertTrue(resources.size() > 30, "only " + resources.size() + " resources found");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<JavaClass> resources() {
        return api.stream().filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class)).toList();
    }
}

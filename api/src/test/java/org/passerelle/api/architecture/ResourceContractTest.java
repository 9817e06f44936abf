package org.passerelle.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;

import com.tngtech.archunit.base.DescribedPredicate;
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
 */
class ResourceContractTest {

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
}

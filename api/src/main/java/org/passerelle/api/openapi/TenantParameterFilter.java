package org.passerelle.api.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the {@code org} path parameter of every operation below {@code /orgs/{org}}: resources do not take it
 * as a Java parameter (they ask {@link org.passerelle.api.security.Tenant}), but generated clients need it. It
 * goes where the scanner would have put it: among the path parameters, in name order.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class TenantParameterFilter implements OASFilter {

    static final String NAME = "org";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.contains("{" + NAME + "}")) {
                item.getOperations().values().forEach(operation -> operation.setParameters(
                        withTenant(operation.getParameters())));
            }
        });
    }

    private static List<Parameter> withTenant(List<Parameter> parameters) {
        List<Parameter> all = parameters == null ? new ArrayList<>() : new ArrayList<>(parameters);
        if (all.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && NAME.equals(p.getName()))) {
            return all;
        }
        int at = 0;
        while (at < all.size() && all.get(at).getIn() == Parameter.In.PATH && all.get(at).getName().compareTo(NAME) < 0) {
            at++;
        }
        all.add(at, OASFactory.createParameter().name(NAME).in(Parameter.In.PATH).required(true)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        return all;
    }
}

package org.passerelle.api.security;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.UriInfo;

import org.passerelle.core.access.OrgAccess;

/**
 * The organisation a request acts in, named by the {@code {org}} segment of its path, and the caller's access
 * there: resources ask it instead of each taking {@code @PathParam("org")} (the OpenAPI document still declares
 * the parameter, from the path template).
 */
@RequestScoped
public class Tenant {

    static final String ORGS = "/api/v1/orgs/";

    private final CurrentCaller caller;
    private final UriInfo uri;

    Tenant(CurrentCaller caller, UriInfo uri) {
        this.caller = caller;
        this.uri = uri;
    }

    /** The organisation's slug, as the request wrote it. */
    public String slug() {
        String slug = uri.getPathParameters().getFirst("org");
        if (slug == null) {
            throw new IllegalStateException("no {org} segment in " + uri.getPath());
        }
        return slug;
    }

    /** What the caller may do in the organisation: 404 when it does not belong to it. */
    public OrgAccess access() {
        return caller.in(slug());
    }

    /** The URL of a resource of the organisation, from its path segments below {@code /api/v1/orgs/{org}}. */
    public URI location(Object... segments) {
        return locationOf(slug(), segments);
    }

    /** The URL of organisation {@code slug} or, with path segments, of one of its resources. */
    public static URI locationOf(String slug, Object... segments) {
        return URI.create(ORGS + slug + Arrays.stream(segments).map(s -> "/" + s).collect(Collectors.joining()));
    }
}

package org.passerelle.api.http;

import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.core.page.Page;

/**
 * A page of a list: the items and, when more follow, the cursor of the next page (also sent as a
 * {@code Link: <…>; rel="next"} header with the same filters).
 */
public record PageResponse<T>(List<T> items,
        @Nullable @Schema(description = "Cursor of the next page; null on the last page") String next) {

    /** The page with its {@code Link} header; typed, so the OpenAPI document knows the items' schema. */
    public static <T> RestResponse<PageResponse<T>> page(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<PageResponse<T>> builder =
                RestResponse.ResponseBuilder.ok(new PageResponse<>(page.items(), page.next()));
        if (page.next() != null) {
            builder.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()))
                    .rel("next").build());
        }
        return builder.build();
    }

    /** A whole (small) list, in the same envelope as paginated ones so clients read them alike. */
    public static <T> PageResponse<T> all(List<T> items) {
        return new PageResponse<>(items, null);
    }
}

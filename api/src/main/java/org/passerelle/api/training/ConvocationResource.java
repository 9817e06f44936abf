package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.DocumentQuery;
import org.passerelle.api.http.Documents;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.training.convocation.ConvocationService;

import io.quarkus.security.Authenticated;

/** The convocation of an enrolment: each half-day with its times, place or link and trainer. */
@Path("/api/v1/orgs/{org}/training/enrolments/{enrolmentId}/convocation")
@Authenticated
@Tag(name = EnrolmentResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class ConvocationResource {

    private final Tenant tenant;
    private final ConvocationService convocations;

    ConvocationResource(Tenant tenant, ConvocationService convocations) {
        this.tenant = tenant;
        this.convocations = convocations;
    }

    @GET
    @Produces({ Documents.PDF, MediaType.TEXT_HTML, Documents.MARKDOWN })
    @Operation(operationId = "getConvocation", summary = "The convocation: course, objectives, each half-day with its times, place or link and trainer, accessibility contact, what to bring; refused without a seat (staff, the auditor, its learner)")
    @APIResponse(responseCode = "200", description = "The convocation", content = {
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    public Response convocation(@PathParam("enrolmentId") UUID enrolmentId,
            @Valid @BeanParam DocumentQuery document) {
        OrgAccess a = tenant.access();
        return document.respond(locale -> convocations.convocation(a, enrolmentId, locale),
                "convocation-" + enrolmentId, "invitation-" + enrolmentId);
    }
}

package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.Documents;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.training.agreement.AcceptanceData;
import org.passerelle.training.agreement.AcceptanceView;
import org.passerelle.training.agreement.AgreementService;
import org.passerelle.training.agreement.AgreementView;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * The training agreement (convention de formation simplifiée) of a member structure for a session, its acceptance
 * by the structure's contact, and the audit trail of acceptances with the exact PDFs accepted.
 */
@Path("/api/v1/orgs/{org}/training/members/{memberId}/sessions/{sessionId}/agreement")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EmployerResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class AgreementResource {

    private final Tenant tenant;
    private final AgreementService agreements;
    // Read from the request, not taken as parameters: the idempotency fingerprint is the parameters.
    private final HttpHeaders requestHeaders;
    private final CurrentVertxRequest request;

    AgreementResource(Tenant tenant, AgreementService agreements, HttpHeaders requestHeaders,
            CurrentVertxRequest request) {
        this.tenant = tenant;
        this.agreements = agreements;
        this.requestHeaders = requestHeaders;
        this.request = request;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Documents.PDF, MediaType.TEXT_HTML, Documents.MARKDOWN })
    @Operation(operationId = "getTrainingAgreement", summary = "The structure's training agreement for the session, covering its seated agents: its facts and version (JSON) or the document (PDF, HTML, Markdown) (staff, the structure's contact)")
    @APIResponse(responseCode = "200", description = "The agreement", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)),
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    public Response agreement(@PathParam("memberId") UUID memberId, @PathParam("sessionId") UUID sessionId,
            @Parameter(description = "json (default), pdf, html or md") @QueryParam("format") @Pattern(regexp = "json|pdf|html|md") String format,
            @Parameter(description = "fr (default) or en") @QueryParam("lang") @Pattern(regexp = "fr|en") String lang,
            @Context HttpHeaders headers) {
        OrgAccess a = tenant.access();
        return Documents.respond(format, lang, headers, () -> agreements.view(a, memberId, sessionId),
                locale -> agreements.document(a, memberId, sessionId, locale), "convention-de-formation-" + sessionId,
                "training-agreement-" + sessionId);
    }

    @POST
    @Path("/acceptances")
    @Idempotent
    @APIResponse(responseCode = "201", description = "Accepted: the line of the audit trail", content = @Content(schema = @Schema(implementation = AcceptanceView.class)))
    @Operation(operationId = "acceptTrainingAgreement", summary = "The structure's contact accepts the version of the agreement it read; the PDF accepted is kept with its SHA-256, the time, address and user agent (409: version accepted already, or no longer current)")
    public RestResponse<AcceptanceView> accept(@PathParam("memberId") UUID memberId,
            @PathParam("sessionId") UUID sessionId,
            @Parameter(description = "language of the PDF accepted: fr (default) or en") @QueryParam("lang") @Pattern(regexp = "fr|en") String lang,
            @NotNull @Valid AcceptanceData body) {
        HttpServerRequest from = request.getCurrent().request();
        AcceptanceView created = agreements.accept(tenant.access(), memberId, sessionId, body,
                from.remoteAddress() == null ? null : from.remoteAddress().host(),
                requestHeaders.getHeaderString(HttpHeaders.USER_AGENT), Documents.language(lang, requestHeaders));
        return ETags.created(tenant.location("training/members", memberId, "sessions", sessionId,
                "agreement/acceptances", created.id()), created);
    }

    @GET
    @Path("/acceptances")
    @Operation(operationId = "listAgreementAcceptances", summary = "The agreement's audit trail: who accepted which version, when, from which address and user agent, the SHA-256 of the PDF accepted (staff, the structure's contact)")
    public PageResponse<AcceptanceView> acceptances(@PathParam("memberId") UUID memberId,
            @PathParam("sessionId") UUID sessionId) {
        return PageResponse.all(agreements.acceptances(tenant.access(), memberId, sessionId));
    }

    @GET
    @Path("/acceptances/{acceptanceId}")
    @Produces(Documents.PDF)
    @Operation(operationId = "getAcceptedAgreement", summary = "The PDF accepted, byte for byte as it was accepted (its SHA-256 is the trail's) (staff, the structure's contact)")
    @APIResponse(responseCode = "200", description = "The PDF accepted", content = @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response accepted(@PathParam("memberId") UUID memberId, @PathParam("sessionId") UUID sessionId,
            @PathParam("acceptanceId") UUID acceptanceId) {
        AgreementService.AcceptedPdf pdf = agreements.acceptedPdf(tenant.access(), memberId, sessionId, acceptanceId);
        return Response.ok(pdf.bytes(), Documents.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"").build();
    }
}

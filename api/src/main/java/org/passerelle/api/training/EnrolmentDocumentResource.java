package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.DocumentQuery;
import org.passerelle.api.http.Documents;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.training.certificate.CertificateService;

import io.quarkus.security.Authenticated;

/**
 * The documents an enrolment gives its learner: the certificat de réalisation and the end-of-training attestation.
 */
@Path("/api/v1/orgs/{org}/training")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = EnrolmentResource.TAG)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class EnrolmentDocumentResource {

    private final Tenant tenant;
    private final CertificateService certificates;

    EnrolmentDocumentResource(Tenant tenant, CertificateService certificates) {
        this.tenant = tenant;
        this.certificates = certificates;
    }

    @GET
    @Path("/enrolments/{enrolmentId}/certificate")
    @Produces({ Documents.PDF, MediaType.TEXT_HTML, Documents.MARKDOWN })
    @Operation(operationId = "getCertificate", summary = "The certificat de réalisation with the hours actually attended; refused without attendance (staff, its learner)")
    @APIResponse(responseCode = "200", description = "The certificate", content = {
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    public Response certificate(@PathParam("enrolmentId") UUID enrolmentId,
            @Valid @BeanParam DocumentQuery document) {
        OrgAccess a = tenant.access();
        return document.respond(locale -> certificates.realisation(a, enrolmentId, locale),
                "certificat-de-realisation-" + enrolmentId, "certificate-" + enrolmentId);
    }

    @GET
    @Path("/enrolments/{enrolmentId}/attestation")
    @Produces({ Documents.PDF, MediaType.TEXT_HTML, Documents.MARKDOWN })
    @Operation(operationId = "getAttestation", summary = "The end-of-training attestation: objectives, nature, duration, assessment result; refused without attendance (staff, its learner)")
    @APIResponse(responseCode = "200", description = "The attestation", content = {
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Documents.MARKDOWN, schema = @Schema(type = SchemaType.STRING)) })
    public Response attestation(@PathParam("enrolmentId") UUID enrolmentId,
            @Valid @BeanParam DocumentQuery document) {
        OrgAccess a = tenant.access();
        return document.respond(locale -> certificates.attestation(a, enrolmentId, locale),
                "attestation-fin-de-formation-" + enrolmentId, "attestation-" + enrolmentId);
    }
}

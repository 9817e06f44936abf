package org.passerelle.api.intake;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.ticketing.intake.Acceptance;
import org.passerelle.ticketing.intake.Quarantine;
import org.passerelle.ticketing.intake.QuarantineView;

import io.quarkus.security.Authenticated;

/** Mail the organisation's mailbox received but did not file (unknown sender, auto-reply, too many): staff review. */
@Path("/api/v1/orgs/{org}/mail-quarantine")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TICKETS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class MailQuarantineResource {

    private final Tenant tenant;
    private final Quarantine quarantine;

    MailQuarantineResource(Tenant tenant, Quarantine quarantine) {
        this.tenant = tenant;
        this.quarantine = quarantine;
    }

    @GET
    @Operation(operationId = "listQuarantinedMail", summary = "Received mail waiting for review, oldest first (staff)")
    public PageResponse<QuarantineView> list() {
        return PageResponse.all(quarantine.pending(tenant.access()));
    }

    @GET
    @Path("/{quarantineId}")
    @Operation(operationId = "getQuarantinedMail", summary = "Read a quarantined mail (staff)")
    public RestResponse<QuarantineView> get(@PathParam("quarantineId") UUID id) {
        return ETags.tagged(quarantine.get(tenant.access(), id));
    }

    @POST
    @Path("/{quarantineId}/accept")
    @Operation(operationId = "acceptQuarantinedMail", summary = "File the mail as the named requester: a public comment on ticketId, or a new ticket of categoryId (staff)")
    public RestResponse<QuarantineView> accept(@PathParam("quarantineId") UUID id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid Acceptance body) {
        return ETags.tagged(quarantine.accept(tenant.access(), id, ifMatch.version(), body));
    }

    @POST
    @Path("/{quarantineId}/discard")
    @Operation(operationId = "discardQuarantinedMail", summary = "Discard the mail; its text and files are erased (staff)")
    public RestResponse<QuarantineView> discard(@PathParam("quarantineId") UUID id, @BeanParam IfMatch ifMatch) {
        return ETags.tagged(quarantine.discard(tenant.access(), id, ifMatch.version()));
    }
}

package org.passerelle.api.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "passerelle.security")
public interface SecurityConfig {

    /** Link a pre-registered person to a token only when the token says {@code email_verified: true}. */
    @WithDefault("true")
    boolean requireVerifiedEmail();

    /** The realm role (from {@code quarkus.oidc.roles.role-claim-path}) that may create organisations. */
    @WithDefault("platform-admin")
    String platformAdminRole();

    /** Claim naming the OIDC client of a client-credentials token (Keycloak: {@code client_id}). */
    @WithDefault("client_id")
    String clientIdClaim();
}

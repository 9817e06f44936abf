package org.passerelle.core.access;

/**
 * Who the token says the caller is: nothing more is read from it.
 *
 * @param emailTrusted  the email may be used to link a pre-registered person (verified, or
 *                      verification not required by configuration)
 * @param clientId      the OIDC client the token was issued to, when it may be a partner's
 * @param platformAdmin the token carries the platform-admin realm role
 */
public record Identity(String subject, String email, boolean emailTrusted, String name, String clientId,
        boolean platformAdmin) {
}

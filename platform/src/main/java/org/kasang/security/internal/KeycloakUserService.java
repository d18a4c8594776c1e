package org.kasang.security.internal;

import org.kasang.security.AccountService;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Set;

/** Maps a Keycloak sign-in to a Kasang account: roles from the flat claim, first sign-in links or creates. */
public class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final AccountService accounts;

    public KeycloakUserService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return loadUserFromToken(delegate.loadUser(request));
    }

    /** Maps a user Keycloak vouched for; public for tests of the mapping without a Keycloak. */
    public KeycloakPrincipal loadUserFromToken(OidcUser oidcUser) {
        Object claim = oidcUser.getUserInfo() != null && oidcUser.getUserInfo().getClaim(KeycloakRoles.CLAIM) != null
                ? oidcUser.getUserInfo().getClaim(KeycloakRoles.CLAIM)
                : oidcUser.getIdToken().getClaim(KeycloakRoles.CLAIM);
        Set<Role> roles = KeycloakRoles.fromClaim(claim);
        String username = oidcUser.getPreferredUsername() != null ? oidcUser.getPreferredUsername() : oidcUser.getSubject();
        // Cambodian names are written family name first, as the platform stores them.
        String fullName = oidcUser.getFamilyName() != null && oidcUser.getGivenName() != null
                ? oidcUser.getFamilyName() + " " + oidcUser.getGivenName()
                : oidcUser.getFullName() != null ? oidcUser.getFullName() : username;
        SignedInUser user;
        try {
            user = accounts.signInFromKeycloak(oidcUser.getSubject(), username, fullName, roles);
        } catch (DisabledException e) {
            // Kasang ended this sign-in (the member left their last CBO) even if Keycloak still lets them in.
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"), e.getMessage(), e);
        }
        return new KeycloakPrincipal(user, oidcUser.getIdToken(), oidcUser.getUserInfo());
    }
}

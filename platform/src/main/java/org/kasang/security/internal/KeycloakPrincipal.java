package org.kasang.security.internal;

import org.kasang.security.KasangPrincipal;
import org.kasang.security.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A Keycloak user, carrying the platform account it is linked to. */
public class KeycloakPrincipal extends DefaultOidcUser implements KasangPrincipal {

    private final SignedInUser user;

    public KeycloakPrincipal(SignedInUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
                idToken, userInfo, "preferred_username");
        this.user = user;
    }

    @Override
    public SignedInUser user() {
        return user;
    }
}

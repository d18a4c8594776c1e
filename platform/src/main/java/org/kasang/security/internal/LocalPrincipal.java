package org.kasang.security.internal;

import org.kasang.security.KasangPrincipal;
import org.kasang.security.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;

/** A local account as Spring Security sees it. */
public record LocalPrincipal(SignedInUser user, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, KasangPrincipal, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}

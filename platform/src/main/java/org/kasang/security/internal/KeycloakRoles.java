package org.kasang.security.internal;

import org.kasang.security.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Reads Kasang's roles from the flat "roles" claim the realm's mapper puts in the tokens. */
public final class KeycloakRoles {

    public static final String CLAIM = "roles";

    private KeycloakRoles() {
    }

    public static Set<Role> fromClaim(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : Role.values()) {
                    if (role.name().equalsIgnoreCase(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}

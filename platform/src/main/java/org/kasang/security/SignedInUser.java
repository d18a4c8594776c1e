package org.kasang.security;

import java.io.Serializable;
import java.util.Set;

/** The platform's view of whoever is signed in, whichever way they signed in. */
public record SignedInUser(long accountId, long personId, String username, String displayName, Set<Role> roles)
        implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

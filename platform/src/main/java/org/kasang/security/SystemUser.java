package org.kasang.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

/** Runs start-up work (imports, demo data) with an administrator's rights and no person behind it. */
public final class SystemUser {

    private record Principal(SignedInUser user) implements KasangPrincipal {
    }

    private SystemUser() {
    }

    public static void run(Runnable work) {
        runAs(new SignedInUser(0, 0, "system", "system", Set.of(Role.ADMIN)), work);
    }

    /**
     * Runs work as the given person, for start-up jobs such as the demo programme acting out what members and
     * coaches do. Never reachable from a request.
     */
    public static void runAs(SignedInUser user, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new Principal(user), null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

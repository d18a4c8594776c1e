package org.kasang.security;

/**
 * A member's new sign-in. With Keycloak, {@code oneTimePassword} is the first password Keycloak will ask them to
 * replace; it is shown once to the coach and kept nowhere. With local accounts it is null: staff typed the first
 * password themselves.
 */
public record MemberSignIn(String username, String oneTimePassword) {

    public boolean hasOneTimePassword() {
        return oneTimePassword != null;
    }
}

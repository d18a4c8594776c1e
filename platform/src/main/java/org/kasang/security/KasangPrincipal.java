package org.kasang.security;

/** Implemented by every principal Kasang puts in the security context, local or Keycloak. */
public interface KasangPrincipal {
    SignedInUser user();
}

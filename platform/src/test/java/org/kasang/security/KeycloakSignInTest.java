package org.kasang.security;

import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.security.internal.KeycloakRoles;
import org.kasang.security.internal.KeycloakUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The keycloak profile's mapping from a token to a Kasang user; with a real Keycloak: e2e/KeycloakJourneyTest. */
class KeycloakSignInTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Test
    void roles_come_from_the_flat_roles_claim_and_unknown_roles_are_ignored() {
        assertThat(KeycloakRoles.fromClaim(List.of("LEARNER", "coach", "offline_access", "uma_authorization")))
                .containsExactlyInAnyOrder(Role.LEARNER, Role.COACH);
        assertThat(KeycloakRoles.fromClaim(null)).isEmpty();
        assertThat(KeycloakRoles.fromClaim("ADMIN")).isEmpty();
    }

    @Test
    void first_sign_in_creates_a_profile_and_later_sign_ins_find_it() {
        var service = new KeycloakUserService(accounts);
        String subject = java.util.UUID.randomUUID().toString();
        var first = service.loadUserFromToken(oidcUser(subject, "kc-" + subject.substring(0, 8), List.of("LEARNER")));
        var again = service.loadUserFromToken(oidcUser(subject, "kc-" + subject.substring(0, 8), List.of("LEARNER", "COACH")));

        assertThat(first.user().roles()).containsExactly(Role.LEARNER);
        assertThat(first.user().displayName()).isEqualTo("Srey Mom");
        assertThat(again.user().accountId()).isEqualTo(first.user().accountId());
        assertThat(again.user().personId()).isEqualTo(first.user().personId());
        assertThat(again.user().roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.COACH);
        assertThat(again.getAuthorities()).extracting(Object::toString).contains("ROLE_COACH");
    }

    @Test
    void a_name_given_in_parts_is_written_family_name_first() {
        String subject = java.util.UUID.randomUUID().toString();
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", subject, "preferred_username", "kc-" + subject.substring(0, 8), "name", "Srey Pov",
                "given_name", "Srey", "family_name", "Pov", KeycloakRoles.CLAIM, List.of("LEARNER")));
        var user = new KeycloakUserService(accounts).loadUserFromToken(new DefaultOidcUser(Set.of(), token, "sub"));
        assertThat(user.user().displayName()).isEqualTo("Pov Srey");
    }

    @Test
    void a_keycloak_user_with_a_local_username_is_linked_to_that_account() {
        SignedInUser local = fixtures.staff("Local first", Role.TRAINER);
        var linked = new KeycloakUserService(accounts)
                .loadUserFromToken(oidcUser("sub-" + local.username(), local.username(), List.of("TRAINER")));
        assertThat(linked.user().accountId()).isEqualTo(local.accountId());
        assertThat(linked.user().personId()).isEqualTo(local.personId());
    }

    private static DefaultOidcUser oidcUser(String subject, String username, List<String> roles) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), Map.of(
                "sub", subject, "preferred_username", username, "name", "Srey Mom", KeycloakRoles.CLAIM, roles));
        return new DefaultOidcUser(Set.of(), token, "sub");
    }
}

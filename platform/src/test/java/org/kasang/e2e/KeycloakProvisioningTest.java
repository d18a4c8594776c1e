package org.kasang.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.common.InvalidInput;
import org.kasang.organisations.MemberProfile;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.MemberService.RegisteredMember;
import org.kasang.security.AccountService;
import org.kasang.security.MemberSignIn;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Members' Keycloak accounts made, reset and disabled by the platform through the Admin REST API of a real
 * Keycloak, as the realm's provisioning service account; and what a coach is told, with nothing half-made, when
 * Keycloak cannot be reached (the line to it cut) or refuses.
 */
class KeycloakProvisioningTest extends KeycloakPlatform {

    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private Keycloak admin;
    private RealmResource realm;
    private SignedInUser dara;
    private long daraCbo;

    @BeforeEach
    void coachDara() {
        admin = SharedKeycloak.get().admin();
        realm = admin.realm(SharedKeycloak.REALM);
        var row = jdbc.sql("""
                select a.id, a.person_id, ca.cbo_id from account a join coach_assignment ca on ca.coach_person_id = a.person_id
                where a.username = 'dara' and (ca.end_date is null or ca.end_date > current_date) order by ca.cbo_id limit 1""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        dara = new SignedInUser(row[0], row[1], "dara", "Keo Dara", Set.of(Role.COACH));
        daraCbo = row[2];
    }

    @AfterEach
    void reconnect() {
        adminLine().restore();
        admin.close();
    }

    @Test
    void a_coach_registers_a_member_and_keycloak_holds_her_learner_account_with_a_one_time_password_to_change() {
        String username = username();
        RegisteredMember added = asDara(() -> members.registerMember(daraCbo, profile("Chea Srey Mom"), null, username, null));

        MemberSignIn signIn = added.signIn();
        assertThat(signIn.username()).isEqualTo(username);
        assertThat(signIn.oneTimePassword()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        UserRepresentation user = keycloakUser(username);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
        assertThat(user.getLastName()).isEqualTo("Chea");
        assertThat(user.getFirstName()).isEqualTo("Srey Mom");
        assertThat(user.getEmail()).isNull();
        assertThat(realm.users().get(user.getId()).roles().realmLevel().listEffective())
                .extracting(RoleRepresentation::getName).contains("LEARNER").doesNotContain("COACH", "ADMIN", "TRAINER");
        // The platform's account is the same person's: first sign-in finds it by Keycloak's subject.
        assertThat(jdbc.sql("select keycloak_subject from account where person_id = ?").param(added.personId())
                .query(String.class).single()).isEqualTo(user.getId());
        assertThat(jdbc.sql("select password_hash from account where person_id = ?").param(added.personId())
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void when_keycloak_cannot_be_reached_the_coach_is_told_and_no_member_is_made_anywhere() {
        String username = username();
        adminLine().cut();

        assertThatThrownBy(() -> asDara(() -> members.registerMember(daraCbo, profile("Ouk Sreyneang"), null, username, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("account.error.keycloak-unreachable");

        adminLine().restore();
        assertThat(peopleNamed("Ouk Sreyneang")).isZero();
        assertThat(accounts.usernameTaken(username)).isFalse();
        assertThat(realm.users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void a_username_that_keycloak_already_has_is_refused_and_no_member_is_made() {
        String username = username();
        var existing = new UserRepresentation();
        existing.setUsername(username);
        existing.setFirstName("Already");
        existing.setLastName("There");
        existing.setEnabled(true);
        realm.users().create(existing).close();

        assertThatThrownBy(() -> asDara(() -> members.registerMember(daraCbo, profile("Hun Sopheap"), null, username, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("account.error.username-taken");
        assertThat(peopleNamed("Hun Sopheap")).isZero();
        assertThat(keycloakUser(username).getFirstName()).isEqualTo("Already");
    }

    @Test
    void a_keycloak_account_made_for_a_transaction_that_then_fails_is_removed_again() {
        String username = username();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            asDara(() -> members.registerMember(daraCbo, profile("Mean Kunthea"), null, username, null));
            assertThat(realm.users().searchByUsername(username, true)).hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(peopleNamed("Mean Kunthea")).isZero();
        assertThat(realm.users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void leaving_the_last_cbo_disables_the_keycloak_account() {
        String username = username();
        long person = asDara(() -> members.registerMember(daraCbo, profile("Pen Bopha"), null, username, null)).personId();

        asDara(() -> {
            members.endMembership(person, daraCbo);
            return null;
        });

        assertThat(keycloakUser(username).isEnabled()).isFalse();
        assertThat(jdbc.sql("select enabled from account where person_id = ?").param(person).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void when_keycloak_cannot_be_reached_ending_a_membership_changes_nothing() {
        String username = username();
        long person = asDara(() -> members.registerMember(daraCbo, profile("Sao Chanthy"), null, username, null)).personId();
        adminLine().cut();

        assertThatThrownBy(() -> asDara(() -> {
            members.endMembership(person, daraCbo);
            return null;
        })).isInstanceOf(InvalidInput.class).hasMessage("account.error.keycloak-unreachable");

        adminLine().restore();
        assertThat(keycloakUser(username).isEnabled()).isTrue();
        assertThat(jdbc.sql("select count(*) from membership where person_id = ? and end_date is null").param(person)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select enabled from account where person_id = ?").param(person).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void a_member_who_forgot_her_password_gets_a_new_one_time_password_to_change() {
        String username = username();
        RegisteredMember added = asDara(() -> members.registerMember(daraCbo, profile("Yim Sreyroth"), null, username, null));
        String subject = keycloakUser(username).getId();
        // She signed in and chose her own password: no required action left.
        UserRepresentation user = realm.users().get(subject).toRepresentation();
        user.setRequiredActions(List.of());
        realm.users().get(subject).update(user);

        MemberSignIn again = asDara(() -> accounts.newOneTimePassword(added.personId()));

        assertThat(again.username()).isEqualTo(username);
        assertThat(again.oneTimePassword()).isNotEqualTo(added.signIn().oneTimePassword());
        assertThat(realm.users().get(subject).toRepresentation().getRequiredActions()).contains("UPDATE_PASSWORD");
    }

    private <T> T asDara(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        SystemUser.runAs(dara, () -> result.set(work.get()));
        return result.get();
    }

    private UserRepresentation keycloakUser(String username) {
        List<UserRepresentation> found = realm.users().searchByUsername(username, true);
        assertThat(found).as("Keycloak user " + username).hasSize(1);
        return found.get(0);
    }

    private long peopleNamed(String name) {
        return jdbc.sql("select count(*) from person where full_name = ?").param(name).query(Long.class).single();
    }

    private static MemberProfile profile(String name) {
        var blank = MemberProfile.blank();
        return new MemberProfile(name, blank.sex(), 1996, blank.phone(), blank.disability(), blank.disabilityConsent());
    }

    private static String username() {
        return "m." + UUID.randomUUID().toString().substring(0, 8);
    }
}

package org.kasang.demo;

import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.security.Role;
import org.kasang.security.SystemUser;
import org.kasang.security.internal.LocalAccountDetailsService;
import org.kasang.security.internal.LocalPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo accounts in the README exist once, with the passwords and roles the README lists. */
class DemoDataTest extends IntegrationTest {

    @Autowired
    DemoData demo;
    @Autowired
    LocalAccountDetailsService accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void demo_accounts_sign_in_with_their_readme_passwords_and_seeding_twice_changes_nothing() {
        var transaction = new TransactionTemplate(transactions);
        SystemUser.run(() -> transaction.executeWithoutResult(s -> demo.seed()));
        SystemUser.run(() -> transaction.executeWithoutResult(s -> demo.seed()));

        Map<String, Set<Role>> roles = Map.of("sokha", Set.of(Role.LEARNER), "dara", Set.of(Role.COACH),
                "mony", Set.of(Role.COACH), "bopha", Set.of(Role.TRAINER), "vanna", Set.of(Role.ADMIN, Role.COACH));
        roles.forEach((username, expected) -> {
            var principal = (LocalPrincipal) accounts.loadUserByUsername(username);
            assertThat(passwords.matches(DemoData.PASSWORDS.get(username), principal.getPassword())).as(username).isTrue();
            assertThat(principal.user().roles()).as(username).isEqualTo(expected);
        });
    }
}

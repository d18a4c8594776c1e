package org.kasang.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** Locks a local account for a while after repeated wrong passwords, against guessing. */
@Component
class SignInAttempts {

    private final AccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    SignInAttempts(AccountRepository accounts, Clock clock,
                   @Value("${kasang.sign-in.max-failures}") int maxFailures,
                   @Value("${kasang.sign-in.lock-minutes}") int lockMinutes) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase(Locale.ROOT);
        accounts.findByUsername(username)
                .ifPresent(account -> account.recordFailure(maxFailures, clock.instant().plus(lockFor)));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LocalPrincipal principal) {
            accounts.findById(principal.user().accountId()).ifPresent(Account::recordSuccess);
        }
    }
}

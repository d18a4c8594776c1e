package org.kasang.security.internal;

import org.kasang.security.PersonDirectory;
import org.kasang.security.SignedInUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;

@Service
public class LocalAccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PersonDirectory people;
    private final Clock clock;

    LocalAccountDetailsService(AccountRepository accounts, PersonDirectory people, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        var user = new SignedInUser(account.getId(), account.getPersonId(), account.getUsername(),
                people.fullName(account.getPersonId()), account.getRoles());
        return new LocalPrincipal(user, account.getPasswordHash(), account.isEnabled(), account.lockedAt(clock.instant()));
    }
}

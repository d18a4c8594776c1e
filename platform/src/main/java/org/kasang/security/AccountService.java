package org.kasang.security;

import org.kasang.common.InvalidInput;
import org.kasang.security.internal.Account;
import org.kasang.security.internal.AccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

@Service
public class AccountService {

    public static final Set<String> LANGUAGES = Set.of("en", "km");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PersonDirectory people;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PersonDirectory people,
                   CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A sign-in for an existing person, for the local sign-in mode. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createLocalAccount(long personId, String username, String rawPassword, Set<Role> roles) {
        String name = normalise(username);
        if (accounts.existsByUsername(name)) {
            throw new InvalidInput("account.error.username-taken");
        }
        if (rawPassword == null || rawPassword.length() < 8) {
            throw new InvalidInput("account.error.password-short");
        }
        if (accounts.findByPersonId(personId).isPresent()) {
            throw new InvalidInput("account.error.person-has-account");
        }
        var account = new Account(name, personId, roles, clock.instant());
        account.setPasswordHash(passwordEncoder.encode(rawPassword));
        return accounts.save(account).getId();
    }

    /**
     * An account that cannot sign in with a password: a member who signs in through Keycloak later, or who
     * learns only in facilitated sessions for now. Their learning records need an account all the same.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createAccountWithoutPassword(long personId, String username, Set<Role> roles) {
        String name = normalise(username);
        if (accounts.existsByUsername(name)) {
            throw new InvalidInput("account.error.username-taken");
        }
        if (accounts.findByPersonId(personId).isPresent()) {
            throw new InvalidInput("account.error.person-has-account");
        }
        return accounts.save(new Account(name, personId, roles, clock.instant())).getId();
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return accounts.existsByUsername(normalise(username));
    }

    /** The language the signed-in user chose last time. */
    @Transactional(readOnly = true)
    public Locale preferredLocale() {
        return currentUser.find()
                .flatMap(user -> accounts.findById(user.accountId()))
                .map(account -> Locale.forLanguageTag(account.getLocale()))
                .orElse(Locale.ENGLISH);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeLocale(Locale locale) {
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw new InvalidInput("account.error.language");
        }
        accounts.findById(currentUser.require().accountId())
                .ifPresent(account -> account.setLocale(locale.getLanguage()));
    }

    /** The people whose enabled account has the role: for instance the coaches an admin can assign. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.List<Long> personIdsWithRole(Role role) {
        return accounts.enabledPersonIdsWithRole(role.name());
    }

    /** Whether the signed-in user holds back images and audio until they tap them (a costly connection). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean dataSaver() {
        return accounts.findById(currentUser.require().accountId()).map(Account::isDataSaver).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeDataSaver(boolean on) {
        accounts.findById(currentUser.require().accountId()).ifPresent(account -> account.setDataSaver(on));
    }

    /**
     * First Keycloak sign-in links to the local account of the same username, or creates a person and an
     * account; later sign-ins refresh the roles the token grants.
     */
    @Transactional
    public SignedInUser signInFromKeycloak(String subject, String username, String fullName, Set<Role> roles) {
        Account account = accounts.findByKeycloakSubject(subject)
                .or(() -> accounts.findByUsername(normalise(username)).filter(a -> a.getKeycloakSubject() == null))
                .orElseGet(() -> new Account(normalise(username), people.createPerson(fullName), roles, clock.instant()));
        account.setKeycloakSubject(subject);
        account.setRoles(roles);
        account = accounts.save(account);
        return new SignedInUser(account.getId(), account.getPersonId(), account.getUsername(),
                people.fullName(account.getPersonId()), roles);
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}

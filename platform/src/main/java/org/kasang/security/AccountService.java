package org.kasang.security;

import org.kasang.common.InvalidInput;
import org.kasang.security.internal.Account;
import org.kasang.security.internal.AccountRepository;
import org.kasang.security.internal.KeycloakSignIns;
import org.kasang.security.internal.OneTimePasswords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

@Service
public class AccountService {

    public static final Set<String> LANGUAGES = Set.of("en", "km");
    /** What Keycloak and a phone keyboard both take without surprises. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PersonDirectory people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ScopeService scopes;
    /** Present with the "keycloak" profile: members' sign-ins then live in Keycloak. */
    private final KeycloakSignIns keycloak;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PersonDirectory people,
                   CurrentUser currentUser, Clock clock, ScopeService scopes,
                   ObjectProvider<KeycloakSignIns> keycloak) {
        this.scopes = scopes;
        this.keycloak = keycloak.getIfAvailable();
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

    /**
     * Whether new members get a one-time password from Keycloak (true) or a first password typed by staff (false,
     * local accounts).
     */
    public boolean issuesOneTimePasswords() {
        return keycloak != null;
    }

    /**
     * A learner's sign-in for a member the caller may manage. With Keycloak, the account is created there with a
     * one-time password and the UPDATE_PASSWORD required action, and {@code firstPassword} is ignored; if Keycloak
     * cannot be reached or refuses, this throws and the caller's transaction, member included, rolls back. A
     * Keycloak user made for a transaction that then rolls back is removed again.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public MemberSignIn createLearnerSignIn(long personId, String username, String firstPassword) {
        requireMemberInScope(personId);
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInput("account.error.username-form");
        }
        if (accounts.existsByUsername(name)) {
            throw new InvalidInput("account.error.username-taken");
        }
        if (accounts.findByPersonId(personId).isPresent()) {
            throw new InvalidInput("account.error.person-has-account");
        }
        var account = new Account(name, personId, Set.of(Role.LEARNER), clock.instant());
        if (keycloak == null) {
            if (firstPassword == null || firstPassword.length() < 8) {
                throw new InvalidInput("account.error.password-short");
            }
            account.setPasswordHash(passwordEncoder.encode(firstPassword));
            accounts.save(account);
            return new MemberSignIn(name, null);
        }
        // Kasang's own row first, so that a clash in Kasang's database fails before anything exists in Keycloak.
        account = accounts.saveAndFlush(account);
        String oneTimePassword = OneTimePasswords.next();
        String subject = keycloak.create(name, people.fullName(personId), Set.of(Role.LEARNER), oneTimePassword);
        afterRollback(() -> keycloak.delete(subject));
        account.setKeycloakSubject(subject);
        return new MemberSignIn(name, oneTimePassword);
    }

    /** A new one-time password for a member who forgot theirs (Keycloak only); shown once, changed at sign-in. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public MemberSignIn newOneTimePassword(long personId) {
        requireMemberInScope(personId);
        Account account = accounts.findByPersonId(personId)
                .filter(a -> a.getKeycloakSubject() != null && a.isEnabled() && isLearnerOnly(a))
                .orElseThrow(() -> new InvalidInput("account.error.no-sign-in"));
        if (keycloak == null) {
            throw new InvalidInput("account.error.no-sign-in");
        }
        String oneTimePassword = OneTimePasswords.next();
        keycloak.resetPassword(account.getKeycloakSubject(), oneTimePassword);
        return new MemberSignIn(account.getUsername(), oneTimePassword);
    }

    /**
     * Ends a member's sign-in when they leave their last CBO: the account is disabled here and, with Keycloak,
     * there too, so they can no longer sign in. Staff accounts (any role besides learner) are left alone. If
     * Keycloak cannot be reached this throws and nothing changes.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public void disableLearnerSignIn(long personId) {
        requireMemberInScope(personId);
        var found = accounts.findByPersonId(personId).filter(Account::isEnabled).filter(AccountService::isLearnerOnly);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        account.setEnabled(false);
        String subject = account.getKeycloakSubject();
        if (keycloak != null && subject != null) {
            keycloak.disable(subject);
            afterRollback(() -> keycloak.enable(subject));
        }
    }

    /** Members' sign-in names and whether each is enabled, for one page of a member list. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public Map<Long, SignInStatus> signInsOf(Collection<Long> personIds) {
        var result = new HashMap<Long, SignInStatus>();
        if (!personIds.isEmpty()) {
            accounts.signInsOf(personIds).forEach(row ->
                    result.put((Long) row[0], new SignInStatus((String) row[1], (Boolean) row[2])));
        }
        return result;
    }

    /** A member's sign-in as a member list shows it. */
    public record SignInStatus(String username, boolean enabled) {
    }

    private void requireMemberInScope(long personId) {
        Scope scope = scopes.current();
        if (!scope.everything() && people.cboIdsEver(personId).stream().noneMatch(scope::coversCbo)) {
            throw new AccessDeniedException("member outside scope");
        }
    }

    private static boolean isLearnerOnly(Account account) {
        return account.getRoles().equals(Set.of(Role.LEARNER));
    }

    /** Undoes a change made outside the database when the database's transaction does not commit. */
    private static void afterRollback(Runnable undo) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    undo.run();
                }
            }
        });
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
        if (!account.isEnabled()) {
            throw new DisabledException("account disabled in Kasang");
        }
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

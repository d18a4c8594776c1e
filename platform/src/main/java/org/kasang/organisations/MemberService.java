package org.kasang.organisations;

import jakarta.validation.Validator;
import org.kasang.common.InvalidInput;
import org.kasang.organisations.internal.CboRepository;
import org.kasang.organisations.internal.MembershipRepository;
import org.kasang.organisations.internal.PersonRepository;
import org.kasang.security.AccountService;
import org.kasang.security.MemberSignIn;
import org.kasang.security.ScopeService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** CBO members: their profiles and memberships. */
@Service
public class MemberService {

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final CboRepository cbos;
    private final OrganisationService organisations;
    private final ScopeService scopes;
    private final AccountService accounts;
    private final Validator validator;
    private final Clock clock;

    MemberService(PersonRepository people, MembershipRepository memberships, CboRepository cbos,
                  OrganisationService organisations, ScopeService scopes, AccountService accounts,
                  Validator validator, Clock clock) {
        this.accounts = accounts;
        this.scopes = scopes;
        this.people = people;
        this.memberships = memberships;
        this.cbos = cbos;
        this.organisations = organisations;
        this.validator = validator;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public Slice<Member> members(long cboId, Pageable page) {
        organisations.requireInScope(cboId);
        return memberships.currentMembers(cboId, today(), page);
    }

    /** Current member counts for several CBOs in one query; CBOs outside scope count nothing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> countMembers(java.util.Collection<Long> cboIds) {
        var scope = scopes.current();
        var visible = cboIds.stream().filter(scope::coversCbo).toList();
        var counts = new java.util.HashMap<Long, Long>();
        if (!visible.isEmpty()) {
            memberships.countCurrentMembers(visible, today()).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** Creates a person and makes them a member from the given day; admins anywhere, coaches in their CBOs. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public long addMember(long cboId, MemberProfile profile, LocalDate since) {
        InvalidInput.check(validator, profile);
        if (!cbos.existsById(cboId)) {
            throw new InvalidInput("cbo.error.gone");
        }
        organisations.requireInScope(cboId);
        Person person = new Person(profile.fullName(), clock.instant());
        person.update(profile);
        long personId = people.save(person).getId();
        memberships.save(new Membership(personId, cboId, since == null ? today() : since));
        return personId;
    }

    /**
     * Registers a member and, when a username is given, their sign-in as a learner, in one transaction: if the
     * sign-in cannot be made (a taken username, a Keycloak that cannot be reached), the member is not added either.
     * With Keycloak the result carries the one-time password to show the coach once.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public RegisteredMember registerMember(long cboId, MemberProfile profile, LocalDate since, String username,
                                           String firstPassword) {
        long personId = addMember(cboId, profile, since);
        MemberSignIn signIn = username == null || username.isBlank()
                ? null
                : accounts.createLearnerSignIn(personId, username, firstPassword);
        return new RegisteredMember(personId, signIn);
    }

    /** A member just registered, with their new sign-in if one was made. */
    public record RegisteredMember(long personId, MemberSignIn signIn) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public MemberProfile profile(long personId) {
        requireMemberInScope(personId);
        return people.findById(personId).map(Person::profile).orElseThrow(() -> new InvalidInput("member.error.gone"));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public void updateMember(long personId, MemberProfile profile) {
        InvalidInput.check(validator, profile);
        requireMemberInScope(personId);
        people.findById(personId).orElseThrow(() -> new InvalidInput("member.error.gone")).update(profile);
    }

    /**
     * Ends the membership today. A member who leaves their last CBO loses their sign-in as well (disabled, in
     * Keycloak too); if that cannot be done, the membership stays.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public void endMembership(long personId, long cboId) {
        organisations.requireInScope(cboId);
        memberships.current(personId, cboId, today())
                .orElseThrow(() -> new InvalidInput("member.error.gone"))
                .end(today());
        if (memberships.currentOf(personId, today()).isEmpty()) {
            accounts.disableLearnerSignIn(personId);
        }
    }

    /** A coach may manage a person who is a member of one of their CBOs today. */
    private void requireMemberInScope(long personId) {
        var scope = scopes.current();
        if (!scope.everything() && memberships.currentOf(personId, today()).stream()
                .noneMatch(m -> scope.coversCbo(m.getCboId()))) {
            throw new org.springframework.security.access.AccessDeniedException("member outside scope");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

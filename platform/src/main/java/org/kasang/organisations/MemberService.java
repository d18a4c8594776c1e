package org.kasang.organisations;

import jakarta.validation.Validator;
import org.kasang.common.InvalidInput;
import org.kasang.organisations.internal.CboRepository;
import org.kasang.organisations.internal.MembershipRepository;
import org.kasang.organisations.internal.PersonRepository;
import org.kasang.security.AccountService;
import org.kasang.security.Role;
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

    /** Creates a person and makes them a member from the given day. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long addMember(long cboId, MemberProfile profile, LocalDate since) {
        InvalidInput.check(validator, profile);
        if (!cbos.existsById(cboId)) {
            throw new InvalidInput("cbo.error.gone");
        }
        Person person = new Person(profile.fullName(), clock.instant());
        person.update(profile);
        long personId = people.save(person).getId();
        memberships.save(new Membership(personId, cboId, since == null ? today() : since));
        return personId;
    }

    /**
     * Adds a member and, when a username is given, their sign-in as a learner, in one transaction: if the
     * account cannot be made, the member is not added either.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long addMemberWithAccount(long cboId, MemberProfile profile, LocalDate since, String username,
                                     String password) {
        long personId = addMember(cboId, profile, since);
        if (username != null && !username.isBlank()) {
            accounts.createLocalAccount(personId, username, password, java.util.Set.of(Role.LEARNER));
        }
        return personId;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public MemberProfile profile(long personId) {
        return people.findById(personId).map(Person::profile).orElseThrow(() -> new InvalidInput("member.error.gone"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateMember(long personId, MemberProfile profile) {
        InvalidInput.check(validator, profile);
        people.findById(personId).orElseThrow(() -> new InvalidInput("member.error.gone")).update(profile);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void endMembership(long personId, long cboId) {
        memberships.current(personId, cboId, today())
                .orElseThrow(() -> new InvalidInput("member.error.gone"))
                .end(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

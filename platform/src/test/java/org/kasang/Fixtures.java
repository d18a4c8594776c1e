package org.kasang;

import org.kasang.organisations.CboForm;
import org.kasang.organisations.CboStatus;
import org.kasang.organisations.Disability;
import org.kasang.organisations.MemberProfile;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.CoachAssignments;
import org.kasang.organisations.OrganisationService;
import org.kasang.organisations.Sex;
import org.kasang.security.AccountService;
import org.kasang.security.PersonDirectory;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.springframework.boot.test.context.TestComponent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Creates test data through the real services, with unique names so tests never collide. */
@TestComponent
public class Fixtures {

    public static final String COURSE = "budget-literacy";

    private final OrganisationService organisations;
    private final CoachAssignments coachAssignments;
    private final MemberService members;
    private final AccountService accounts;
    private final PersonDirectory people;

    Fixtures(OrganisationService organisations, CoachAssignments coachAssignments, MemberService members,
             AccountService accounts, PersonDirectory people) {
        this.coachAssignments = coachAssignments;
        this.organisations = organisations;
        this.members = members;
        this.accounts = accounts;
        this.people = people;
    }

    public long cbo(String name) {
        return cbo(name, "100207");
    }

    /** A CBO in the commune with this gazetteer code. */
    public long cbo(String name, String communeCode) {
        AtomicLong id = new AtomicLong();
        SystemUser.run(() -> {
            long commune = organisations.communeByCode(communeCode).orElseThrow().getId();
            id.set(organisations.createCbo(new CboForm(name + " " + suffix(), commune, true, "Commune budget", 2015,
                    CboStatus.ACTIVE)));
        });
        return id.get();
    }

    /** A CBO member with a learner sign-in. */
    public SignedInUser learner(long cboId, String name) {
        AtomicReference<SignedInUser> user = new AtomicReference<>();
        SystemUser.run(() -> {
            long person = members.addMember(cboId,
                    new MemberProfile(name, Sex.FEMALE, 1995, "", Disability.NOT_STATED, false),
                    LocalDate.now().minusDays(30));
            user.set(account(person, name, Set.of(Role.LEARNER)));
        });
        return user.get();
    }

    /** Staff (coach, trainer, admin) with the given roles. */
    public SignedInUser staff(String name, Role... roles) {
        AtomicReference<SignedInUser> user = new AtomicReference<>();
        SystemUser.run(() -> user.set(account(people.createPerson(name), name, Set.of(roles))));
        return user.get();
    }

    public void assign(SignedInUser coach, long cboId, LocalDate from, LocalDate until) {
        SystemUser.run(() -> coachAssignments.assign(coach.personId(), cboId, from, until));
    }

    public SignedInUser coachOf(long... cboIds) {
        SignedInUser coach = staff("Coach " + suffix(), Role.COACH);
        for (long cbo : cboIds) {
            assign(coach, cbo, LocalDate.now().minusDays(10), null);
        }
        return coach;
    }

    private SignedInUser account(long person, String name, Set<Role> roles) {
        String username = "u" + suffix();
        long accountId = accounts.createLocalAccount(person, username, "password-" + username, roles);
        return new SignedInUser(accountId, person, username, name, roles);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

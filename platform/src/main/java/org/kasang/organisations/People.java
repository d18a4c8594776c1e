package org.kasang.organisations;

import org.kasang.organisations.internal.CoachAssignmentRepository;
import org.kasang.organisations.internal.MembershipRepository;
import org.kasang.organisations.internal.PersonRepository;
import org.kasang.security.CoachedCbos;
import org.kasang.security.PersonDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** What security needs from organisations: people behind accounts, and coaches' CBOs. */
@Component
class People implements PersonDirectory, CoachedCbos {

    private final PersonRepository people;
    private final CoachAssignmentRepository assignments;
    private final MembershipRepository memberships;
    private final Clock clock;

    People(PersonRepository people, CoachAssignmentRepository assignments, MembershipRepository memberships,
           Clock clock) {
        this.people = people;
        this.assignments = assignments;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long createPerson(String fullName) {
        return people.save(new Person(fullName, clock.instant())).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public String fullName(long personId) {
        return people.findById(personId).map(Person::getFullName).orElse("");
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> cboIdsEver(long personId) {
        return memberships.cboIdsEver(personId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> assignedTo(long coachPersonId, LocalDate day) {
        return assignments.activeCboIds(coachPersonId, day);
    }
}

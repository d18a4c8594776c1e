package org.kasang.organisations;

import org.kasang.common.InvalidInput;
import org.kasang.organisations.internal.CboRepository;
import org.kasang.organisations.internal.CoachAssignmentRepository;
import org.kasang.organisations.internal.PersonRepository;
import org.kasang.security.AccountService;
import org.kasang.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * Which coach follows which CBO, and from when to when: a CBO may have several coaches and a coach many
 * CBOs. A coach sees a CBO only on the days of an assignment; ending one takes the CBO out of their scope.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CoachAssignments {

    /** A person who can be assigned: their account has the COACH role. */
    public record Coach(long personId, String fullName) {
    }

    public record Assignment(long id, Coach coach, LocalDate from, LocalDate until, boolean active) {
    }

    private final CoachAssignmentRepository assignments;
    private final PersonRepository people;
    private final CboRepository cbos;
    private final AccountService accounts;
    private final Clock clock;

    CoachAssignments(CoachAssignmentRepository assignments, PersonRepository people, CboRepository cbos,
                     AccountService accounts, Clock clock) {
        this.assignments = assignments;
        this.people = people;
        this.cbos = cbos;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Everyone an admin can assign, by name. */
    @Transactional(readOnly = true)
    public List<Coach> coaches() {
        return people.findAllById(accounts.personIdsWithRole(Role.COACH)).stream()
                .map(p -> new Coach(p.getId(), p.getFullName()))
                .sorted(Comparator.comparing(Coach::fullName)).toList();
    }

    /** A CBO's assignments, the latest first, with whether each gives access today. */
    @Transactional(readOnly = true)
    public List<Assignment> ofCbo(long cboId) {
        List<CoachAssignment> rows = assignments.findByCboIdOrderByStartDateDesc(cboId);
        Map<Long, String> names = people.findAllById(rows.stream().map(CoachAssignment::getCoachPersonId).toList())
                .stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(a -> new Assignment(a.getId(), new Coach(a.getCoachPersonId(),
                names.getOrDefault(a.getCoachPersonId(), "")), a.getStartDate(), a.getEndDate(), a.activeOn(today))).toList();
    }

    /** Assigns a coach from a day, until a day or open-ended; not twice for overlapping days. */
    @Transactional
    public long assign(long coachPersonId, long cboId, LocalDate from, LocalDate until) {
        if (from == null) {
            throw new InvalidInput("assignment.error.from");
        }
        if (until != null && until.isBefore(from)) {
            throw new InvalidInput("assignment.error.dates");
        }
        cbos.findById(cboId).orElseThrow(() -> new NoSuchElementException("cbo " + cboId));
        if (!accounts.personIdsWithRole(Role.COACH).contains(coachPersonId)) {
            throw new InvalidInput("assignment.error.not-a-coach");
        }
        boolean overlaps = assignments.findByCboIdOrderByStartDateDesc(cboId).stream()
                .filter(a -> a.getCoachPersonId() == coachPersonId)
                .anyMatch(a -> !(until != null && until.isBefore(a.getStartDate()))
                        && !(a.getEndDate() != null && a.getEndDate().isBefore(from)));
        if (overlaps) {
            throw new InvalidInput("assignment.error.overlap");
        }
        return assignments.save(new CoachAssignment(coachPersonId, cboId, from, until)).getId();
    }

    /** Ends an assignment on a day (its last day of access); the coach keeps no access after it. */
    @Transactional
    public void end(long assignmentId, LocalDate lastDay) {
        CoachAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NoSuchElementException("assignment " + assignmentId));
        if (lastDay == null || lastDay.isBefore(assignment.getStartDate())) {
            throw new InvalidInput("assignment.error.dates");
        }
        assignment.endOn(lastDay);
    }
}

package org.kasang.organisations.internal;

import org.kasang.organisations.CoachAssignment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Set;

public interface CoachAssignmentRepository extends JpaRepository<CoachAssignment, Long> {

    @Query("""
            select a.cboId from CoachAssignment a
            where a.coachPersonId = :coachPersonId and a.startDate <= :day and (a.endDate is null or a.endDate >= :day)""")
    Set<Long> activeCboIds(long coachPersonId, LocalDate day);

    java.util.List<CoachAssignment> findByCboIdOrderByStartDateDesc(long cboId);
}

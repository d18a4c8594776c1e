package org.kasang.organisations.internal;

import org.kasang.organisations.Member;
import org.kasang.organisations.Membership;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("""
            select new org.kasang.organisations.Member(p.id, p.fullName, p.sex, p.birthYear, m.cboId, m.startDate)
            from Membership m join Person p on p.id = m.personId
            where m.cboId = :cboId and (m.endDate is null or m.endDate > :today)
            order by p.fullName, p.id""")
    Slice<Member> currentMembers(long cboId, LocalDate today, Pageable pageable);

    @Query("""
            select m.cboId, count(m) from Membership m
            where m.cboId in :cboIds and (m.endDate is null or m.endDate > :today)
            group by m.cboId""")
    List<Object[]> countCurrentMembers(java.util.Collection<Long> cboIds, LocalDate today);

    @Query("""
            select m from Membership m
            where m.personId = :personId and (m.endDate is null or m.endDate > :today)
            order by m.startDate desc, m.id desc""")
    List<Membership> currentOf(long personId, LocalDate today);

    @Query("select distinct m.cboId from Membership m where m.personId = :personId")
    java.util.Set<Long> cboIdsEver(long personId);

    @Query("""
            select m from Membership m
            where m.personId = :personId and m.cboId = :cboId and (m.endDate is null or m.endDate > :today)""")
    Optional<Membership> current(long personId, long cboId, LocalDate today);
}

package org.kasang.coaching;

import org.kasang.learning.CboCourseCounts;
import org.kasang.learning.MemberCourseState;
import org.kasang.learning.ProgressQueries;
import org.kasang.organisations.Cbo;
import org.kasang.organisations.Member;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a coach follows: their CBOs and each member's progress. Each page costs a fixed number of queries
 * (CBOs, member counts, course counters), however many CBOs the coach has.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
@Transactional(readOnly = true)
public class CoachingService {

    private final OrganisationService organisations;
    private final MemberService members;
    private final ProgressQueries progress;

    CoachingService(OrganisationService organisations, MemberService members, ProgressQueries progress) {
        this.organisations = organisations;
        this.members = members;
        this.progress = progress;
    }

    public Slice<CboOverview> myCbos(String nameFilter, Pageable page) {
        Slice<Cbo> cbos = organisations.cbos(nameFilter, page);
        List<Long> ids = cbos.getContent().stream().map(Cbo::getId).toList();
        Map<Long, Long> memberCounts = members.countMembers(ids);
        Map<Long, Map<String, CboCourseCounts>> counts = progress.courseCounts(ids).stream()
                .collect(Collectors.groupingBy(CboCourseCounts::cboId,
                        Collectors.toMap(CboCourseCounts::courseId, c -> c)));
        List<CboOverview> rows = cbos.getContent().stream()
                .map(cbo -> new CboOverview(cbo, memberCounts.getOrDefault(cbo.getId(), 0L),
                        counts.getOrDefault(cbo.getId(), Map.of())))
                .toList();
        return new SliceImpl<>(rows, page, cbos.hasNext());
    }

    public Cbo cbo(long cboId) {
        return organisations.cbo(cboId);
    }

    /** A current member of the CBO, found among its members (scope checked there). */
    public java.util.Optional<Member> member(long cboId, long personId) {
        Slice<Member> page = members.members(cboId, org.springframework.data.domain.PageRequest.of(0, 200));
        while (true) {
            var found = page.getContent().stream().filter(m -> m.personId() == personId).findFirst();
            if (found.isPresent() || !page.hasNext()) {
                return found;
            }
            page = members.members(cboId, page.nextPageable());
        }
    }

    public Slice<MemberOverview> members(long cboId, Pageable page) {
        Slice<Member> slice = members.members(cboId, page);
        List<Long> people = slice.getContent().stream().map(Member::personId).toList();
        Map<Long, Map<String, MemberCourseState>> states = progress.memberStates(cboId, people).stream()
                .collect(Collectors.groupingBy(MemberCourseState::personId,
                        Collectors.toMap(MemberCourseState::courseId, s -> s)));
        return new SliceImpl<>(slice.getContent().stream()
                .map(m -> new MemberOverview(m, states.getOrDefault(m.personId(), Map.of()))).toList(),
                page, slice.hasNext());
    }
}

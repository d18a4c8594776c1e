package org.kasang.coaching;

import org.kasang.assignments.ReviewService;
import org.kasang.common.OffsetPage;
import org.kasang.learning.CboCourseCounts;
import org.kasang.learning.HelpDesk;
import org.kasang.learning.MemberCourseState;
import org.kasang.learning.ProgressQueries;
import org.kasang.organisations.Cbo;
import org.kasang.organisations.CboOrder;
import org.kasang.organisations.Member;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final HelpDesk helpDesk;
    private final ReviewService reviews;
    private final CoachingSessions sessions;

    CoachingService(OrganisationService organisations, MemberService members, ProgressQueries progress,
                    HelpDesk helpDesk, ReviewService reviews, CoachingSessions sessions) {
        this.organisations = organisations;
        this.members = members;
        this.progress = progress;
        this.helpDesk = helpDesk;
        this.reviews = reviews;
        this.sessions = sessions;
    }

    /**
     * One page of my CBOs as the list asks. What waits for the coach is read once per page over all their CBOs:
     * open help, waiting submissions and overdue actions are few, whatever the number of CBOs, and their
     * partial indexes answer without touching the rest.
     */
    public Slice<CboOverview> myCbos(CboList list, Pageable page) {
        Map<Long, CboOverview.Waiting> waiting = waiting();
        List<Cbo> cbos;
        boolean more;
        if (list.order() == CboList.Order.WAITING || list.waitingOnly()) {
            List<Cbo> first = organisations.cbosAmong(waiting.keySet(), list.filter()).stream()
                    .sorted(Comparator.comparingInt((Cbo cbo) -> -waiting.get(cbo.getId()).total())
                            .thenComparing(Cbo::getName).thenComparing(Cbo::getId))
                    .toList();
            if (list.order() != CboList.Order.WAITING) {
                first = first.stream().sorted(order(list.order())).toList();
            }
            int from = (int) Math.min(page.getOffset(), first.size());
            int to = (int) Math.min(page.getOffset() + page.getPageSize(), first.size());
            cbos = new ArrayList<>(first.subList(from, to));
            more = to < first.size();
            if (!list.waitingOnly() && cbos.size() < page.getPageSize()) {
                long restOffset = Math.max(0, page.getOffset() - first.size());
                Slice<Cbo> rest = organisations.cbos(list.filter(), CboOrder.NAME,
                        first.stream().map(Cbo::getId).toList(),
                        OffsetPage.of(restOffset, page.getPageSize() - cbos.size()));
                cbos.addAll(rest.getContent());
                more = rest.hasNext();
            }
        } else {
            Slice<Cbo> slice = organisations.cbos(list.filter(),
                    list.order() == CboList.Order.PLACE ? CboOrder.PLACE : CboOrder.NAME, List.of(), page);
            cbos = slice.getContent();
            more = slice.hasNext();
        }
        List<Long> ids = cbos.stream().map(Cbo::getId).toList();
        Map<Long, Long> memberCounts = members.countMembers(ids);
        Map<Long, Map<String, CboCourseCounts>> counts = progress.courseCounts(ids).stream()
                .collect(Collectors.groupingBy(CboCourseCounts::cboId,
                        Collectors.toMap(CboCourseCounts::courseId, c -> c)));
        List<CboOverview> rows = cbos.stream()
                .map(cbo -> new CboOverview(cbo, memberCounts.getOrDefault(cbo.getId(), 0L),
                        waiting.getOrDefault(cbo.getId(), CboOverview.Waiting.NOTHING),
                        counts.getOrDefault(cbo.getId(), Map.of())))
                .toList();
        return new SliceImpl<>(rows, page, more);
    }

    private static Comparator<Cbo> order(CboList.Order order) {
        Comparator<Cbo> byName = Comparator.comparing(Cbo::getName).thenComparing(Cbo::getId);
        return order == CboList.Order.PLACE
                ? Comparator.comparing((Cbo cbo) -> cbo.getCommune().getDistrict().getCode()).thenComparing(byName)
                : byName;
    }

    /** What waits for the coach, per CBO where anything does. */
    private Map<Long, CboOverview.Waiting> waiting() {
        Map<Long, Integer> help = helpDesk.openPerCbo();
        Map<Long, Integer> reviews = this.reviews.waitingPerCbo();
        Map<Long, Integer> overdue = sessions.overduePerCbo();
        Map<Long, CboOverview.Waiting> waiting = new HashMap<>();
        for (Long id : concat(help.keySet(), reviews.keySet(), overdue.keySet())) {
            waiting.put(id, new CboOverview.Waiting(help.getOrDefault(id, 0), reviews.getOrDefault(id, 0),
                    overdue.getOrDefault(id, 0)));
        }
        return waiting;
    }

    @SafeVarargs
    private static Set<Long> concat(Set<Long>... sets) {
        Set<Long> all = new HashSet<>();
        for (Set<Long> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    /** My CBOs by name, without their figures. */
    public Slice<Cbo> cbos(Pageable page) {
        return organisations.cbos("", page);
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

package org.kasang.learning;

import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.learning.internal.LearningRecords;
import org.kasang.learning.internal.LearningStates;
import org.kasang.learning.internal.Statement;
import org.kasang.organisations.Member;
import org.kasang.organisations.MemberService;
import org.kasang.security.CurrentUser;
import org.kasang.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Coaches and staff enrol a whole CBO in a course: every current member, once. */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
public class Enrolments {

    private static final int PAGE = 200;

    private final LearningStates states;
    private final LearningRecords records;
    private final MemberService members;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final Clock clock;

    Enrolments(LearningStates states, LearningRecords records, MemberService members, CatalogueService catalogue,
               CurrentUser currentUser, Clock clock) {
        this.states = states;
        this.records = records;
        this.members = members;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Enrols every current member of the CBO (scope checked by the member list) in the course; members already
     * enrolled keep their progress. @return how many were enrolled now
     */
    @Transactional
    public int enrolCbo(long cboId, String courseId) {
        CourseOutline outline = catalogue.outline(courseId);
        SignedInUser coach = currentUser.require();
        Instant now = clock.instant();
        int enrolled = 0;
        Slice<Member> page = members.members(cboId, PageRequest.of(0, PAGE));
        while (true) {
            for (Member member : page) {
                if (states.enrol(member.personId(), courseId, cboId, now)) {
                    records.append(new Statement("registered:" + member.personId() + ":" + courseId,
                            member.personId(), Verb.REGISTERED, "COURSE", courseId, courseId, outline.version(), null,
                            null, null, null, cboId, Mode.COACH, null, coach.accountId(), now));
                    enrolled++;
                }
            }
            if (!page.hasNext()) {
                break;
            }
            page = members.members(cboId, page.nextPageable());
        }
        states.adjustSummary(cboId, courseId, enrolled, 0, 0);
        return enrolled;
    }
}

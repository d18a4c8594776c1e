package org.kasang.coaching;

import org.kasang.catalogue.CatalogueService;
import org.kasang.organisations.Cbo;
import org.kasang.security.ExportLog;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * A CBO's progress for use outside Kasang (a spreadsheet for the programme officer, a printed list for a
 * visit). Members go out as codes unless the coach deliberately includes names and says why; either way the
 * export is logged.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
public class CboProgressExport {

    public static final String KIND = "cbo-progress";
    private static final int PAGE = 200;

    private final CoachingService coaching;
    private final CatalogueService catalogue;
    private final ExportLog log;

    CboProgressExport(CoachingService coaching, CatalogueService catalogue, ExportLog log) {
        this.coaching = coaching;
        this.catalogue = catalogue;
        this.log = log;
    }

    /** The CBO's current members and their state in each published course; logged in the same transaction. */
    @Transactional
    public ProgressTable export(long cboId, boolean withNames, String reason) {
        ExportLog.checkReason(withNames, reason);
        Cbo cbo = coaching.cbo(cboId);
        List<ProgressTable.Row> rows = new ArrayList<>();
        Pageable page = PageRequest.of(0, PAGE);
        Slice<MemberOverview> slice;
        do {
            slice = coaching.members(cboId, page);
            for (MemberOverview member : slice.getContent()) {
                rows.add(new ProgressTable.Row(withNames ? member.member().fullName() : code(member.member().personId()),
                        member.member().sex(), member.member().birthYear(), member.courses()));
            }
            page = slice.nextPageable();
        } while (slice.hasNext());
        log.record(KIND, cbo.getName() + " (" + cbo.getId() + ")", withNames, reason, rows.size());
        return new ProgressTable(cbo.getName(), withNames, catalogue.publishedCourses(), rows);
    }

    /** A member's code: stable across exports, so two exports can be compared, and meaningless outside Kasang. */
    static String code(long personId) {
        return "K" + personId;
    }
}

package org.kasang.indicators.internal;

import org.kasang.indicators.EvidenceEntry;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

/** A CBO's evidence log a page at a time, newest first, with the names of who recorded and verified each entry. */
@Repository
public class EvidenceLog {

    private final JdbcClient jdbc;
    private final EvidenceRows evidence;

    EvidenceLog(JdbcClient jdbc, EvidenceRows evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    public Slice<EvidenceEntry> page(long cboId, Pageable page) {
        record Line(long id, String recordedBy, String verifiedBy) {
        }
        List<Line> lines = jdbc.sql("""
                        select e.id, r.full_name as recorder, v.full_name as verifier
                        from evidence e left join person r on r.id = e.recorded_by left join person v on v.id = e.verified_by
                        where e.cbo_id = ? order by e.occurred_on desc, e.id desc limit ? offset ?""")
                .params(cboId, page.getPageSize() + 1, page.getOffset())
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getString("recorder"), rs.getString("verifier"))).list();
        boolean more = lines.size() > page.getPageSize();
        List<Line> shown = more ? lines.subList(0, page.getPageSize()) : lines;
        Map<Long, Line> byId = new java.util.HashMap<>();
        shown.forEach(l -> byId.put(l.id(), l));
        List<EvidenceEntry> entries = evidence.byIds(byId.keySet()).stream()
                .sorted(java.util.Comparator.comparing((org.kasang.indicators.Evidence e) -> e.occurredOn())
                        .thenComparing(org.kasang.indicators.Evidence::id).reversed())
                .map(e -> new EvidenceEntry(e, byId.get(e.id()).recordedBy(), byId.get(e.id()).verifiedBy())).toList();
        return new SliceImpl<>(entries, page, more);
    }
}

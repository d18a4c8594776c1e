package org.kasang.indicators.internal;

import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.Milestone;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.MilestoneReport;
import org.kasang.indicators.MilestoneStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Milestones, their proof files, and the queue of those waiting for verification. */
@Repository
public class MilestoneRows {

    private static final String SELECT = """
            select m.*, c.name as cbo_name, r.full_name as reporter_name, v.full_name as verifier_name
            from milestone m join cbo c on c.id = m.cbo_id join person r on r.id = m.reported_by
            left join person v on v.id = m.verified_by""";

    private final JdbcClient jdbc;

    MilestoneRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(MilestoneReport report, long reportedBy, Instant at) {
        return jdbc.sql("""
                        insert into milestone (cbo_id, kind, level, occurred_on, issue, authority, status, reported_by, reported_at)
                        values (?, ?, ?, ?, ?, ?, 'REPORTED', ?, ?) returning id""")
                .params(report.cboId(), report.kind().name(), report.level().name(), Date.valueOf(report.occurredOn()),
                        report.issue(), report.authority(), reportedBy, Timestamp.from(at))
                .query(Long.class).single();
    }

    public void insertFile(long milestoneId, String name, String mediaType, byte[] bytes, String sha256) {
        jdbc.sql("""
                        insert into milestone_file (milestone_id, name, media_type, size_bytes, sha256, content)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(milestoneId, name, mediaType, bytes.length, sha256, bytes).update();
    }

    /** @return false when it was no longer waiting (someone decided first) */
    public boolean decide(long id, MilestoneStatus status, long by, Instant at, String note) {
        return jdbc.sql("""
                        update milestone set status = ?, verified_by = ?, verified_at = ?, note = ?
                        where id = ? and status = 'REPORTED'""")
                .params(status.name(), by, Timestamp.from(at), note, id).update() == 1;
    }

    public Optional<Milestone> find(long id) {
        return withFiles(jdbc.sql(SELECT + " where m.id = ?").param(id).query(this::row).list()).stream().findFirst();
    }

    public List<Milestone> ofCbo(long cboId) {
        return withFiles(jdbc.sql(SELECT + " where m.cbo_id = ? order by m.occurred_on desc, m.id desc")
                .param(cboId).query(this::row).list());
    }

    /** Reported milestones of these CBOs (or of all), oldest first. */
    public Slice<Milestone> waiting(boolean everything, Set<Long> cboIds, Pageable page) {
        List<Milestone> rows = jdbc.sql(SELECT + """
                         where m.status = 'REPORTED' and (:everything or m.cbo_id in (:cbos))
                        order by m.reported_at, m.id limit :limit offset :offset""")
                .param("everything", everything).param("cbos", cboIds)
                .param("limit", page.getPageSize() + 1).param("offset", page.getOffset())
                .query(this::row).list();
        boolean more = rows.size() > page.getPageSize();
        List<Milestone> content = more ? rows.subList(0, page.getPageSize()) : rows;
        return new SliceImpl<>(withFiles(content), page, more);
    }

    public Optional<byte[]> content(long milestoneId, String name) {
        return jdbc.sql("select content from milestone_file where milestone_id = ? and name = ?")
                .params(milestoneId, name).query(byte[].class).optional();
    }

    private List<Milestone> withFiles(List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return milestones;
        }
        Collection<Long> ids = milestones.stream().map(Milestone::id).toList();
        Map<Long, List<String>> files = new HashMap<>();
        jdbc.sql("select milestone_id, name from milestone_file where milestone_id in (:ids) order by id")
                .param("ids", ids).query(rs -> {
                    files.computeIfAbsent(rs.getLong("milestone_id"), k -> new ArrayList<>()).add(rs.getString("name"));
                });
        return milestones.stream().map(m -> new Milestone(m.id(), m.cboId(), m.cboName(), m.kind(), m.level(),
                m.occurredOn(), m.issue(), m.authority(), m.status(), m.reportedBy(), m.reportedByName(), m.reportedAt(),
                m.verifiedBy(), m.verifiedByName(), m.note(), files.getOrDefault(m.id(), List.of()))).toList();
    }

    private Milestone row(ResultSet rs, int n) throws SQLException {
        return new Milestone(rs.getLong("id"), rs.getLong("cbo_id"), rs.getString("cbo_name"),
                MilestoneKind.valueOf(rs.getString("kind")), GovernmentLevel.valueOf(rs.getString("level")),
                rs.getDate("occurred_on").toLocalDate(), rs.getString("issue"), rs.getString("authority"),
                MilestoneStatus.valueOf(rs.getString("status")), rs.getLong("reported_by"), rs.getString("reporter_name"),
                rs.getTimestamp("reported_at").toInstant(), (Long) rs.getObject("verified_by"),
                rs.getString("verifier_name"), rs.getString("note"), List.of());
    }
}

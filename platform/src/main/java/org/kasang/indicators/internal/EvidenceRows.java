package org.kasang.indicators.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.kasang.indicators.Evidence;
import org.kasang.indicators.EvidenceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence log's rows. Appending is idempotent on (kind, source type, source id): the same approval or
 * completion arriving twice is logged once. Rows are never updated; withdrawals are rows of their own.
 */
@Repository
public class EvidenceRows {

    private static final String SELECT = """
            select e.*, (w.evidence_id is not null) as withdrawn
            from evidence e left join evidence_withdrawal w on w.evidence_id = e.id""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    /** Reads a details object; made once, as a computation reads a few hundred thousand of them. */
    private final ObjectReader detailsReader;

    EvidenceRows(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.detailsReader = json.readerFor(new TypeReference<Map<String, Object>>() { });
    }

    /** The same rows over another connection, for reading: the reports standby ({@code database.ReportsDatabase}). */
    public EvidenceRows on(JdbcClient other) {
        return new EvidenceRows(other, json);
    }

    /** @return the new entry's id, or empty when this source was already logged */
    public Optional<Long> append(long cboId, EvidenceKind kind, LocalDate occurredOn, Long personId, String sourceType,
                                 String sourceId, Map<String, Object> details, Instant recordedAt, Long recordedBy,
                                 Long verifiedBy, Instant verifiedAt) {
        return jdbc.sql("""
                        insert into evidence (cbo_id, kind, occurred_on, person_id, source_type, source_id, details,
                            recorded_at, recorded_by, verified_by, verified_at)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                        on conflict (kind, source_type, source_id) do nothing
                        returning id""")
                .params(cboId, kind.name(), Date.valueOf(occurredOn), personId, sourceType, sourceId, write(details),
                        Timestamp.from(recordedAt), recordedBy, verifiedBy,
                        verifiedAt == null ? null : Timestamp.from(verifiedAt))
                .query(Long.class).optional();
    }

    /** @return false when it was already withdrawn */
    public boolean withdraw(long evidenceId, String reason, long byPersonId, Instant at) {
        return jdbc.sql("""
                        insert into evidence_withdrawal (evidence_id, reason, withdrawn_by, withdrawn_at)
                        values (?, ?, ?, ?) on conflict (evidence_id) do nothing""")
                .params(evidenceId, reason, byPersonId, Timestamp.from(at)).update() == 1;
    }

    public Optional<Evidence> find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(this::row).optional();
    }

    /** A CBO's whole log up to a day (withdrawn entries included and marked), oldest first. */
    public List<Evidence> ofCbo(long cboId, LocalDate until) {
        return jdbc.sql(SELECT + " where e.cbo_id = ? and e.occurred_on <= ? order by e.occurred_on, e.id")
                .params(cboId, Date.valueOf(until)).query(this::row).list();
    }

    /**
     * Every CBO's entries of these kinds dated within [from, until] (from null = from the start), for computing
     * indicators: only what a computation uses is read (at national scale, 200,000 entries): the details only of
     * the judged kinds, and not who recorded or verified an entry or its source (left empty here).
     */
    public List<Evidence> dated(LocalDate from, LocalDate until, Set<EvidenceKind> kinds, Set<EvidenceKind> judged) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        // "in (select …)" is one hashed look-up per entry; a left join to the (usually empty) withdrawals was
        // planned as a nested loop
        return jdbc.sql("""
                        select e.id, e.cbo_id, e.kind, e.occurred_on, e.person_id,
                               case when e.kind in (:judged) then e.details end as details,
                               e.id in (select evidence_id from evidence_withdrawal) as withdrawn
                        from evidence e
                        where e.occurred_on between :from and :until and e.kind in (:kinds)
                        order by e.cbo_id, e.occurred_on, e.id""")
                .param("from", Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from))
                .param("until", Date.valueOf(until))
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .param("judged", judged.isEmpty() ? List.of("") : judged.stream().map(Enum::name).toList())
                .query((rs, n) -> {
                    String details = rs.getString("details");
                    return new Evidence(rs.getLong("id"), rs.getLong("cbo_id"),
                            EvidenceKind.valueOf(rs.getString("kind")), rs.getDate("occurred_on").toLocalDate(),
                            (Long) rs.getObject("person_id"), null, null, details == null ? Map.of() : read(details),
                            null, null, null, null, rs.getBoolean("withdrawn"));
                }).list();
    }

    public List<Evidence> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // One array parameter: a drill-down may name more entries than a statement takes parameters (65,535)
        return jdbc.sql(SELECT + " where e.id = any(?) order by e.occurred_on, e.id").param(ids.toArray(Long[]::new))
                .query(this::row).list();
    }

    private Evidence row(ResultSet rs, int n) throws SQLException {
        Timestamp verifiedAt = rs.getTimestamp("verified_at");
        return new Evidence(rs.getLong("id"), rs.getLong("cbo_id"), EvidenceKind.valueOf(rs.getString("kind")),
                rs.getDate("occurred_on").toLocalDate(), (Long) rs.getObject("person_id"), rs.getString("source_type"),
                rs.getString("source_id"), read(rs.getString("details")), rs.getTimestamp("recorded_at").toInstant(),
                (Long) rs.getObject("recorded_by"), (Long) rs.getObject("verified_by"),
                verifiedAt == null ? null : verifiedAt.toInstant(), rs.getBoolean("withdrawn"));
    }

    private String write(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Map<String, Object> read(String details) {
        try {
            return detailsReader.readValue(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

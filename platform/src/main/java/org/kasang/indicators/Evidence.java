package org.kasang.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of a CBO's evidence log: what happened, when, who it concerns, the record it came from, and who
 * verified it. Entries are never changed; a mistaken one is withdrawn, and withdrawn ones count for nothing.
 */
public record Evidence(long id, long cboId, EvidenceKind kind, LocalDate occurredOn, Long personId,
                       String sourceType, String sourceId, Map<String, Object> details, Instant recordedAt,
                       Long recordedBy, Long verifiedBy, Instant verifiedAt, boolean withdrawn) {

    public Evidence {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String detail(String key) {
        Object value = details.get(key);
        return value == null ? null : String.valueOf(value);
    }

    public Integer number(String key) {
        Object value = details.get(key);
        return value instanceof Number n ? n.intValue() : value == null ? null : Integer.valueOf(String.valueOf(value));
    }
}

package org.kasang.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reported milestone with its proof files' names, who reported it and, once decided, who verified or rejected it. */
public record Milestone(long id, long cboId, String cboName, MilestoneKind kind, GovernmentLevel level,
                        LocalDate occurredOn, String issue, String authority, MilestoneStatus status,
                        long reportedBy, String reportedByName, Instant reportedAt, Long verifiedBy,
                        String verifiedByName, String note, List<String> files) {
}

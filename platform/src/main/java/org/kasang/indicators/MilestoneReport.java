package org.kasang.indicators;

import java.time.LocalDate;
import java.util.List;

/** What a coach reports: what the CBO did, at which level of government, when, about what, with whom, and proof. */
public record MilestoneReport(long cboId, MilestoneKind kind, GovernmentLevel level, LocalDate occurredOn, String issue,
                              String authority, List<ProofFile> files) {

    public MilestoneReport {
        files = files == null ? List.of() : List.copyOf(files);
    }
}

package org.kasang.coaching;

import java.time.LocalDate;

/** A follow-up action agreed in a session, with the CBO it concerns. */
public record FollowUpAction(long id, long sessionId, long cboId, String cboName, String description, String owner,
                             LocalDate dueOn, LocalDate sessionHeldOn) {
}

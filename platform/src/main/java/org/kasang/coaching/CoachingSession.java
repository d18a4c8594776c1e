package org.kasang.coaching;

import java.time.LocalDate;
import java.util.List;

/** One session in a CBO's history. */
public record CoachingSession(long id, long cboId, SessionKind kind, LocalDate heldOn, List<String> topics,
                              String notes, String coachName, int present, String courseId, int openActions) {
}

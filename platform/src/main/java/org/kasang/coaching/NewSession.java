package org.kasang.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A session as the coach logs it. Course and lessons only for a facilitated session.
 */
public record NewSession(long cboId, SessionKind kind, LocalDate heldOn, List<String> topics, String notes,
                         Set<Long> presentPersonIds, List<NewAction> actions, String courseId, List<String> lessonIds) {

    public NewSession {
        topics = topics == null ? List.of() : topics.stream().map(t -> t == null ? "" : t.strip())
                .filter(t -> !t.isEmpty()).toList();
        presentPersonIds = presentPersonIds == null ? Set.of() : Set.copyOf(presentPersonIds);
        actions = actions == null ? List.of() : List.copyOf(actions);
        lessonIds = lessonIds == null ? List.of() : List.copyOf(lessonIds);
    }

    /** A follow-up action: what, who, by when. */
    public record NewAction(String description, String owner, LocalDate dueOn) {
    }
}

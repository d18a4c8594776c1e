package org.kasang.assignments;

import java.time.Instant;
import java.util.Map;

/**
 * A coach's review of one revision: a level for every rubric criterion, the points they add up to, the
 * feedback and the decision.
 *
 * @param scores criterion id → level id
 */
public record Review(long id, int revision, long reviewerPersonId, Map<String, String> scores, int points,
                     int maxPoints, String feedback, Decision decision, Instant reviewedAt) {

    public Review {
        scores = Map.copyOf(scores);
    }
}

package org.kasang.assignments;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A coach's review of one revision: a level for every rubric criterion, the points they add up to, the
 * feedback and the decision.
 *
 * @param scores    criterion id → level id
 * @param answers   the answers of the revision this review judged (field id → answer); empty for reviews written
 *                  before answers were kept per revision
 * @param fileNames the names of the files handed in with that revision
 */
public record Review(long id, int revision, long reviewerPersonId, Map<String, String> scores, int points,
                     int maxPoints, String feedback, Decision decision, Instant reviewedAt,
                     Map<String, String> answers, List<String> fileNames) {

    public Review {
        scores = Map.copyOf(scores);
        answers = Map.copyOf(answers);
        fileNames = List.copyOf(fileNames);
    }

    /** Whether the judged answers were kept (reviews before V13 have none). */
    public boolean keptAnswers() {
        return !answers.isEmpty() || !fileNames.isEmpty();
    }
}

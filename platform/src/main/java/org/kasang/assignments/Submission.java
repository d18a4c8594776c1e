package org.kasang.assignments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's work on one assignment as it stands: answers by field id, files, and the coach's reviews,
 * newest first. Before the learner saves anything it is an empty draft without an id.
 *
 * @param revision how often it was handed in: 0 for a draft never submitted
 */
public record Submission(Long id, long personId, Long cboId, String courseId, String assignmentId, int revision,
                         SubmissionStatus status, Map<String, String> answers, List<SubmissionFile> files,
                         List<Review> reviews, Instant submittedAt, Instant updatedAt) {

    public Submission {
        answers = Map.copyOf(answers);
        files = List.copyOf(files);
        reviews = List.copyOf(reviews);
    }

    static Submission empty(long personId, String courseId, String assignmentId) {
        return new Submission(null, personId, null, courseId, assignmentId, 0, SubmissionStatus.DRAFT, Map.of(),
                List.of(), List.of(), null, null);
    }

    public boolean editable() {
        return status.editable();
    }

    public Optional<Review> latestReview() {
        return reviews.stream().findFirst();
    }

    public String answer(String fieldId) {
        return answers.getOrDefault(fieldId, "");
    }
}

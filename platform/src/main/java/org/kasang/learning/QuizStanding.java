package org.kasang.learning;

/** A learner's standing on one quiz: attempts used of those allowed (null: unlimited), best score so far. */
public record QuizStanding(int attemptsUsed, Integer attemptsAllowed, Integer bestScore, boolean passed) {

    public boolean attemptsLeft() {
        return attemptsAllowed == null || attemptsUsed < attemptsAllowed;
    }
}

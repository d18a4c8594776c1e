package org.kasang.learning;

import org.kasang.catalogue.QuizGrade;

/** What a learner sees after submitting a quiz. */
public record QuizOutcome(QuizGrade grade, int attemptsUsed, Integer attemptsAllowed, int bestScore) {

    public boolean canRetry() {
        return !grade.passed() && (attemptsAllowed == null || attemptsUsed < attemptsAllowed);
    }
}

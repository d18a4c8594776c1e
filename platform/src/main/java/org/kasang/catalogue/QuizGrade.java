package org.kasang.catalogue;

import java.util.List;

/** The result of one attempt: score in percent, pass or fail, and feedback per question. */
public record QuizGrade(String quizId, int scorePercent, boolean passed, List<QuestionGrade> questions) {

    public record QuestionGrade(String questionId, boolean correct, List<Text> feedback) {
    }
}

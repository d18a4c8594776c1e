package org.kasang.learning;

import java.util.Set;

/**
 * How one question of a quiz was answered in the attempts a reader may see: how many answered, how many right,
 * and the wrong answer chosen most often.
 *
 * @param commonestWrong the option ids of the most chosen wrong answer; empty when nobody answered wrong
 */
public record QuestionDifficulty(String quizId, String questionId, int answered, int right, Set<String> commonestWrong,
                                 int commonestWrongCount) {

    public int percentRight() {
        return answered == 0 ? 0 : Math.round(100f * right / answered);
    }
}

package org.kasang.catalogue;

import java.util.List;

/** A quiz as the learner sees it: questions and options, no answers. */
public record QuizPaper(String id, String courseId, int courseVersion, Text title, int passMark,
                        Integer attemptsAllowed, List<Question> questions) {

    public record Question(String id, QuestionKind kind, Text prompt, List<Option> options) {
    }

    public record Option(String id, Text text) {
    }
}

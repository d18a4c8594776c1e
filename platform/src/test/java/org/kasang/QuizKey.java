package org.kasang;

import org.kasang.catalogue.internal.OptionEntity;
import org.kasang.catalogue.internal.OptionRepository;
import org.kasang.catalogue.internal.QuestionEntity;
import org.kasang.catalogue.internal.QuestionRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The answer key of a quiz, read from the catalogue's tables, for tests that answer like a learner. */
@TestComponent
public class QuizKey {

    private final QuestionRepository questions;
    private final OptionRepository options;

    QuizKey(QuestionRepository questions, OptionRepository options) {
        this.questions = questions;
        this.options = options;
    }

    @Transactional(readOnly = true)
    public Map<String, Set<String>> rightAnswers(String quizId) {
        return answers(quizId, true);
    }

    /** For every question, one wrong option only. */
    @Transactional(readOnly = true)
    public Map<String, Set<String>> wrongAnswers(String quizId) {
        return answers(quizId, false);
    }

    private Map<String, Set<String>> answers(String quizId, boolean right) {
        List<QuestionEntity> qs = questions.findByQuizIdOrderByPosition(quizId).stream().filter(q -> !q.isRetired()).toList();
        Map<String, List<OptionEntity>> byQuestion = options.findByQuestionIdInOrderByPosition(
                        qs.stream().map(QuestionEntity::getId).toList()).stream()
                .collect(Collectors.groupingBy(OptionEntity::getQuestionId));
        Map<String, Set<String>> answers = new HashMap<>();
        for (QuestionEntity q : qs) {
            List<OptionEntity> opts = byQuestion.get(q.getId());
            answers.put(q.getId(), right
                    ? opts.stream().filter(OptionEntity::isCorrect).map(OptionEntity::getId).collect(Collectors.toSet())
                    : opts.stream().filter(o -> !o.isCorrect()).limit(1).map(OptionEntity::getId).collect(Collectors.toSet()));
        }
        return answers;
    }
}

package org.kasang.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface QuestionRepository extends JpaRepository<QuestionEntity, String> {
    List<QuestionEntity> findByQuizIdOrderByPosition(String quizId);

    List<QuestionEntity> findByQuizIdInOrderByPosition(Collection<String> quizIds);
}

package org.kasang.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface QuizRepository extends JpaRepository<QuizEntity, String> {
    List<QuizEntity> findByCourseIdOrderByPosition(String courseId);

    /** Post-tests (quizzes paired with a pre-test) still in use, across all courses. */
    List<QuizEntity> findByPairsWithIsNotNullAndRetiredFalse();
}

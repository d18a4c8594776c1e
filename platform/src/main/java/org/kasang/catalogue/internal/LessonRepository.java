package org.kasang.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface LessonRepository extends JpaRepository<LessonEntity, String> {
    List<LessonEntity> findByCourseIdOrderByPosition(String courseId);

    @Query("select count(l) from LessonEntity l where l.courseId = :courseId and l.retired = false")
    int countActive(String courseId);
}

package org.kasang.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AssignmentRepository extends JpaRepository<AssignmentEntity, String> {
    List<AssignmentEntity> findByCourseIdOrderByPosition(String courseId);
}

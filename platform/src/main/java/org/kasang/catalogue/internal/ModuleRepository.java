package org.kasang.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface ModuleRepository extends JpaRepository<ModuleEntity, String> {
    List<ModuleEntity> findByCourseIdOrderByPosition(String courseId);
}

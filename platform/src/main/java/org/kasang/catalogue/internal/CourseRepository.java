package org.kasang.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface CourseRepository extends JpaRepository<CourseEntity, String> {
    @Query("select c from CourseEntity c where c.published = true order by c.id")
    List<CourseEntity> published();

    @Query("select c from CourseEntity c where c.published = false order by c.id")
    List<CourseEntity> unpublished();
}

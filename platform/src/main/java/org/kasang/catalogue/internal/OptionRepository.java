package org.kasang.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface OptionRepository extends JpaRepository<OptionEntity, String> {
    List<OptionEntity> findByQuestionIdInOrderByPosition(Collection<String> questionIds);
}

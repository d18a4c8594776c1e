package org.kasang.organisations.internal;

import org.kasang.organisations.Cbo;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Optional;

public interface CboRepository extends JpaRepository<Cbo, Long> {

    /** CBOs in scope whose name contains the filter; everything=true lifts the id restriction. */
    @Query("""
            select c from Cbo c join fetch c.commune co join fetch co.district d join fetch d.province
            where (:everything = true or c.id in :ids) and lower(c.name) like :pattern
            order by c.name, c.id""")
    Slice<Cbo> findInScope(boolean everything, Collection<Long> ids, String pattern, Pageable pageable);

    @Query("""
            select c from Cbo c join fetch c.commune co join fetch co.district d join fetch d.province
            where c.id = :id""")
    Optional<Cbo> findWithPlace(long id);
}

package org.kasang.organisations.internal;

import org.kasang.organisations.Cbo;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CboRepository extends JpaRepository<Cbo, Long> {

    /**
     * CBOs in scope whose name or district matches the pattern, leaving out some; everything=true lifts the
     * scope restriction. Ordered by name, or by place when byPlace.
     */
    @Query("""
            select c from Cbo c join fetch c.commune co join fetch co.district d join fetch d.province
            where (:everything = true or c.id in :ids) and c.id not in :except
                and (lower(c.name) like :pattern or lower(d.nameEn) like :pattern or d.nameKm like :pattern)
            order by case when :byPlace = true then d.code else '' end, c.name, c.id""")
    Slice<Cbo> findInScope(boolean everything, Collection<Long> ids, Collection<Long> except, String pattern,
                           boolean byPlace, Pageable pageable);

    /** Some CBOs, with their place, whose name or district matches the pattern. */
    @Query("""
            select c from Cbo c join fetch c.commune co join fetch co.district d join fetch d.province
            where c.id in :ids
                and (lower(c.name) like :pattern or lower(d.nameEn) like :pattern or d.nameKm like :pattern)""")
    List<Cbo> findAmong(Collection<Long> ids, String pattern);

    @Query("""
            select c from Cbo c join fetch c.commune co join fetch co.district d join fetch d.province
            where c.id = :id""")
    Optional<Cbo> findWithPlace(long id);
}

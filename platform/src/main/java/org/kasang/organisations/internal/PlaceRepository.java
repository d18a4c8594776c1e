package org.kasang.organisations.internal;

import org.kasang.organisations.Commune;
import org.kasang.organisations.District;
import org.kasang.organisations.Province;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** The administrative geography: provinces, districts, communes (reference data). */
public interface PlaceRepository extends Repository<Province, Long> {

    @Query("select p from Province p order by p.code")
    List<Province> provinces();

    @Query("select d from District d where d.province.id = :provinceId order by d.code")
    List<District> districts(long provinceId);

    @Query("select c from Commune c where c.district.id = :districtId order by c.code")
    List<Commune> communes(long districtId);

    @Query("select c from Commune c join fetch c.district d join fetch d.province where c.id = :id")
    Optional<Commune> commune(long id);

    @Query("select c from Commune c join fetch c.district d join fetch d.province where c.code = :code")
    Optional<Commune> communeByCode(String code);
}

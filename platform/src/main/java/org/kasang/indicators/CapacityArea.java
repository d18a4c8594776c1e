package org.kasang.indicators;

import org.kasang.catalogue.Text;

import java.util.List;
import java.util.Map;

/**
 * A capacity a programme builds in CBOs (e.g. advocacy), with the courses that build it and its levels, lowest
 * first. id is null for an area not saved yet.
 */
public record CapacityArea(Long id, String code, String nameEn, String nameKm, String descriptionEn,
                           String descriptionKm, List<String> courseIds, List<AreaLevel> levels) {

    public CapacityArea {
        courseIds = courseIds == null ? List.of() : List.copyOf(courseIds);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public Text name() {
        return new Text(Map.of("en", nameEn, "km", nameKm));
    }
}

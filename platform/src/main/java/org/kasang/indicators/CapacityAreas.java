package org.kasang.indicators;

import org.kasang.common.InvalidInput;
import org.kasang.indicators.internal.AreaRows;
import org.kasang.indicators.internal.Derivation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Programme staff define the capacity areas CBOs grow in, their levels and the rule of each level. */
@Service
public class CapacityAreas {

    private final AreaRows areas;
    private final Derivation derivation;
    private final Clock clock;

    CapacityAreas(AreaRows areas, Derivation derivation, Clock clock) {
        this.areas = areas;
        this.derivation = derivation;
        this.clock = clock;
    }

    /** Every area with its levels; a programme has a handful. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public List<CapacityArea> list() {
        return areas.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public CapacityArea area(long id) {
        return areas.find(id).orElseThrow(() -> new InvalidInput("capacity.error.gone"));
    }

    /**
     * Creates the area (id null) or replaces an existing one with its levels, then re-derives every CBO's levels:
     * a changed rule changes who holds a level.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long save(CapacityArea area) {
        CapacityArea clean = validated(area);
        if (areas.codeTaken(clean.code(), clean.id())) {
            throw new InvalidInput("capacity.error.code-taken", clean.code());
        }
        long id;
        if (clean.id() == null) {
            id = areas.insert(clean, clock.instant());
        } else if (areas.update(clean.id(), clean)) {
            id = clean.id();
        } else {
            throw new InvalidInput("capacity.error.gone");
        }
        derivation.rebuild();
        return id;
    }

    private static CapacityArea validated(CapacityArea area) {
        String code = area.code() == null ? "" : area.code().strip();
        if (!code.matches("[a-z0-9][a-z0-9\\-]{0,59}")) {
            throw new InvalidInput("capacity.error.code");
        }
        if (blank(area.nameEn()) || blank(area.nameKm())) {
            throw new InvalidInput("capacity.error.name");
        }
        if (area.levels().isEmpty()) {
            throw new InvalidInput("capacity.error.no-levels");
        }
        List<AreaLevel> levels = new ArrayList<>();
        for (int i = 0; i < area.levels().size(); i++) {
            AreaLevel level = area.levels().get(i);
            if (level.rank() != i + 1) {
                throw new InvalidInput("capacity.error.ranks");
            }
            if (blank(level.nameEn()) || blank(level.nameKm())) {
                throw new InvalidInput("capacity.error.level-name", level.rank());
            }
            if (level.rule() == null) {
                throw new InvalidInput("rule.error.items");
            }
            levels.add(new AreaLevel(level.rank(), level.nameEn().strip(), level.nameKm().strip(), level.rule().validated()));
        }
        for (String course : area.courseIds()) {
            if (!course.matches("[a-z0-9][a-z0-9\\-_.]*")) {
                throw new InvalidInput("capacity.error.course", course);
            }
        }
        return new CapacityArea(area.id(), code, area.nameEn().strip(), area.nameKm().strip(), trimmed(area.descriptionEn()),
                trimmed(area.descriptionKm()), area.courseIds(), levels);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }
}

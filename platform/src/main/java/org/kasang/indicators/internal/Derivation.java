package org.kasang.indicators.internal;

import org.kasang.indicators.AreaLevel;
import org.kasang.indicators.CapacityArea;
import org.kasang.indicators.Evidence;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Derives a CBO's level in every area from its evidence log and stores it in the cache. A level holds only if
 * every lower one holds too; areas are judged in order, so a rule may ask for a level in an earlier area.
 * Runs inside the caller's transaction, whoever is signed in: it reads and writes nothing a user could be refused.
 */
@Component
public class Derivation {

    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private final AreaRows areas;
    private final EvidenceRows evidence;
    private final CapacityRows capacity;
    private final Clock clock;

    Derivation(AreaRows areas, EvidenceRows evidence, CapacityRows capacity, Clock clock) {
        this.areas = areas;
        this.evidence = evidence;
        this.capacity = capacity;
        this.clock = clock;
    }

    public void derive(long cboId) {
        capacity.lock(cboId);
        capacity.replace(cboId, judge(cboId, areas.all()), clock.instant());
    }

    /** Recomputes every CBO's levels from the log alone; the cache before does not matter. */
    public int rebuild() {
        List<CapacityArea> all = areas.all();
        capacity.clear();
        List<Long> cbos = capacity.cbosWithEvidence();
        for (long cbo : cbos) {
            capacity.replace(cbo, judge(cbo, all), clock.instant());
        }
        return cbos.size();
    }

    /** The levels that hold above 0; an area a CBO has no level in has no row. */
    List<CapacityRows.Row> judge(long cboId, List<CapacityArea> all) {
        List<Evidence> log = evidence.ofCbo(cboId, END_OF_TIME);
        Set<Long> people = new HashSet<>();
        log.forEach(e -> {
            if (e.personId() != null) {
                people.add(e.personId());
            }
        });
        var sexes = capacity.sexes(people);
        Map<Long, LocalDate> dates = new HashMap<>();
        log.forEach(e -> dates.put(e.id(), e.occurredOn()));
        Map<String, Integer> ranks = new HashMap<>();
        List<CapacityRows.Row> rows = new ArrayList<>();
        for (CapacityArea area : all) {
            Facts facts = new Facts(log, sexes, ranks);
            int rank = 0;
            LocalDate since = null;
            for (AreaLevel level : area.levels()) {
                Judgement judgement = RuleEvaluator.judge(level.rule(), facts);
                if (level.rank() != rank + 1 || !judgement.holds()) {
                    break;
                }
                rank = level.rank();
                since = judgement.evidenceIds().stream().map(dates::get).filter(Objects::nonNull)
                        .reduce(since, (a, b) -> a == null || b.isAfter(a) ? b : a);
            }
            ranks.put(area.code(), rank);
            if (rank > 0) {
                rows.add(new CapacityRows.Row(area.id(), rank, since));
            }
        }
        return rows;
    }
}

package org.kasang.indicators;

import org.kasang.catalogue.Text;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.internal.AreaRows;
import org.kasang.indicators.internal.CapacityRows;
import org.kasang.indicators.internal.Derivation;
import org.kasang.indicators.internal.EvidenceLog;
import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.CurrentUser;
import org.kasang.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each CBO's capacity level per area, derived from its evidence log, and the log itself. */
@Service
public class CapacityStates {

    private final AreaRows areas;
    private final CapacityRows capacity;
    private final Derivation derivation;
    private final EvidenceRows evidence;
    private final EvidenceLog log;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    CapacityStates(AreaRows areas, CapacityRows capacity, Derivation derivation, EvidenceRows evidence, EvidenceLog log,
                   OrganisationService organisations, CurrentUser currentUser, Clock clock) {
        this.areas = areas;
        this.capacity = capacity;
        this.derivation = derivation;
        this.evidence = evidence;
        this.log = log;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the signed-in user may withdraw evidence (programme staff). */
    public boolean mayWithdraw() {
        return currentUser.find().map(user -> user.has(Role.ADMIN)).orElse(false);
    }

    /** The CBO's level in every area, 0 where it holds none yet. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public List<CapacityState> levels(long cboId) {
        organisations.requireInScope(cboId);
        Map<Long, CapacityRows.Row> held = capacity.ofCbo(cboId).stream()
                .collect(Collectors.toMap(CapacityRows.Row::areaId, Function.identity()));
        return areas.all().stream().map(area -> {
            CapacityRows.Row row = held.get(area.id());
            int rank = row == null ? 0 : row.rank();
            Text levelName = area.levels().stream().filter(l -> l.rank() == rank).findFirst()
                    .map(l -> new Text(Map.of("en", l.nameEn(), "km", l.nameKm()))).orElse(null);
            return new CapacityState(area.id(), area.code(), area.name(), rank, area.levels().size(), levelName,
                    row == null ? null : row.since());
        }).toList();
    }

    /** The CBO's evidence log, newest first, withdrawn entries marked. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public Slice<EvidenceEntry> evidence(long cboId, Pageable page) {
        organisations.requireInScope(cboId);
        return log.page(cboId, page);
    }

    /** Withdraws a mistaken entry (it stays in the log, marked) and re-derives its CBO's levels. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void withdraw(long evidenceId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("evidence.error.reason");
        }
        Evidence entry = evidence.find(evidenceId).orElseThrow(() -> new InvalidInput("evidence.error.gone"));
        if (!evidence.withdraw(evidenceId, reason.strip(), currentUser.require().personId(), clock.instant())) {
            throw new InvalidInput("evidence.error.withdrawn");
        }
        derivation.derive(entry.cboId());
    }

    /** Recomputes every CBO's levels from the evidence log alone. @return how many CBOs were derived */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int rebuild() {
        return derivation.rebuild();
    }
}

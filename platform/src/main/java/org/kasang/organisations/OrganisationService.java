package org.kasang.organisations;

import jakarta.validation.Validator;
import org.kasang.common.InvalidInput;
import org.kasang.organisations.internal.CboRepository;
import org.kasang.organisations.internal.CoachAssignmentRepository;
import org.kasang.organisations.internal.MembershipRepository;
import org.kasang.organisations.internal.PlaceRepository;
import org.kasang.security.Scope;
import org.kasang.security.ScopeService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** The CBO registry and the places CBOs work in. */
@Service
public class OrganisationService {

    private final CboRepository cbos;
    private final PlaceRepository places;
    private final MembershipRepository memberships;
    private final CoachAssignmentRepository assignments;
    private final ScopeService scopes;
    private final Validator validator;
    private final Clock clock;

    OrganisationService(CboRepository cbos, PlaceRepository places, MembershipRepository memberships,
                        CoachAssignmentRepository assignments, ScopeService scopes, Validator validator, Clock clock) {
        this.cbos = cbos;
        this.places = places;
        this.memberships = memberships;
        this.assignments = assignments;
        this.scopes = scopes;
        this.validator = validator;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Province> provinces() {
        return places.provinces();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<District> districts(long provinceId) {
        return places.districts(provinceId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Commune> communes(long districtId) {
        return places.communes(districtId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Commune> commune(long communeId) {
        return places.commune(communeId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Commune> communeByCode(String code) {
        return places.communeByCode(code);
    }

    /** The CBOs the signed-in user may see (all for admins, assigned ones for coaches), by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public Slice<Cbo> cbos(String filter, Pageable page) {
        return cbos(filter, CboOrder.NAME, Set.of(), page);
    }

    /**
     * The CBOs the signed-in user may see whose name or district contains the filter, in the given order,
     * leaving out those in except (a list that shows some CBOs first asks for the rest this way).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public Slice<Cbo> cbos(String filter, CboOrder order, Collection<Long> except, Pageable page) {
        Scope scope = scopes.current();
        return cbos.findInScope(scope.everything(), scope.cboIdsForQuery(), except.isEmpty() ? Set.of(-1L) : except,
                pattern(filter), order == CboOrder.PLACE, page);
    }

    /** Those of the given CBOs that the signed-in user may see and whose name or district contains the filter. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public List<Cbo> cbosAmong(Collection<Long> cboIds, String filter) {
        Scope scope = scopes.current();
        List<Long> visible = cboIds.stream().filter(scope::coversCbo).toList();
        return visible.isEmpty() ? List.of() : cbos.findAmong(visible, pattern(filter));
    }

    private static String pattern(String filter) {
        String text = filter == null ? "" : filter.strip();
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public Cbo cbo(long cboId) {
        requireInScope(cboId);
        return cbos.findWithPlace(cboId).orElseThrow(() -> new NoSuchElementException("cbo " + cboId));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public CboForm form(long cboId) {
        Cbo cbo = cbo(cboId);
        return new CboForm(cbo.getName(), cbo.getCommune().getId(), cbo.isTarget(), cbo.getFocusIssues(),
                cbo.getFoundedYear(), cbo.getStatus());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createCbo(CboForm form) {
        Cbo cbo = new Cbo(clock.instant());
        apply(cbo, form);
        return cbos.save(cbo).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateCbo(long cboId, CboForm form) {
        Cbo cbo = cbos.findById(cboId).orElseThrow(() -> new InvalidInput("cbo.error.gone"));
        apply(cbo, form);
    }

    private void apply(Cbo cbo, CboForm form) {
        InvalidInput.check(validator, form);
        cbo.setCommune(places.commune(form.communeId()).orElseThrow(() -> new InvalidInput("cbo.error.commune")));
        cbo.setName(form.name().trim());
        cbo.setTarget(form.target());
        cbo.setFocusIssues(form.focusIssues() == null || form.focusIssues().isBlank() ? null : form.focusIssues().trim());
        cbo.setFoundedYear(form.foundedYear());
        cbo.setStatus(form.status());
    }

    /** The CBO a person currently belongs to (the most recent membership), to give their learning a context. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> currentCboOf(long personId) {
        if (!scopes.current().coversPerson(personId)) {
            throw new AccessDeniedException("person outside scope");
        }
        return memberships.currentOf(personId, LocalDate.now(clock)).stream().findFirst().map(Membership::getCboId);
    }

    /** Names of several CBOs in one read; CBOs outside the reader's scope are left out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> names(java.util.Collection<Long> cboIds) {
        var scope = scopes.current();
        return cbos.findAllById(cboIds).stream().filter(cbo -> scope.coversCbo(cbo.getId()))
                .collect(java.util.stream.Collectors.toMap(Cbo::getId, Cbo::getName));
    }

    /** The name of the CBO a person currently belongs to, for their own certificate. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> currentCboNameOf(long personId) {
        return currentCboOf(personId).flatMap(cbos::findById).map(Cbo::getName);
    }

    /** Throws unless the signed-in user may see this CBO; coaches lose access when the assignment ends. */
    @PreAuthorize("isAuthenticated()")
    public void requireInScope(long cboId) {
        if (!scopes.current().coversCbo(cboId)) {
            throw new AccessDeniedException("CBO outside scope");
        }
    }
}

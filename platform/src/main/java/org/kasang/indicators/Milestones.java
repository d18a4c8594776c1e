package org.kasang.indicators;

import org.kasang.common.Cambodia;
import org.kasang.common.InvalidInput;
import org.kasang.documents.AttachmentService;
import org.kasang.indicators.internal.Derivation;
import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.indicators.internal.MilestoneRows;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.Role;
import org.kasang.security.Scope;
import org.kasang.security.ScopeService;
import org.kasang.security.SignedInUser;
import org.kasang.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a CBO achieved outside Kasang: a coach reports it with proof, someone else verifies it (decision 014,
 * update), and only then does it become evidence.
 */
@Service
public class Milestones {

    static final int MAX_FILES = 5;

    private final MilestoneRows milestones;
    private final EvidenceRows evidence;
    private final Derivation derivation;
    private final AttachmentService attachments;
    private final OrganisationService organisations;
    private final ScopeService scopes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxPhotoBytes;

    Milestones(MilestoneRows milestones, EvidenceRows evidence, Derivation derivation, AttachmentService attachments,
               OrganisationService organisations, ScopeService scopes, CurrentUser currentUser, Clock clock,
               @Value("${kasang.submissions.max-photo-kb:8192}") long maxPhotoKb) {
        this.milestones = milestones;
        this.evidence = evidence;
        this.derivation = derivation;
        this.attachments = attachments;
        this.organisations = organisations;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxPhotoBytes = maxPhotoKb * 1024;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public long report(MilestoneReport report) {
        organisations.requireInScope(report.cboId());
        if (report.kind() == null) {
            throw new InvalidInput("milestone.error.kind");
        }
        if (report.level() == null) {
            throw new InvalidInput("milestone.error.level");
        }
        if (report.occurredOn() == null || report.occurredOn().isAfter(LocalDate.now(clock.withZone(Cambodia.ZONE)))) {
            throw new InvalidInput("milestone.error.date");
        }
        if (blank(report.issue()) || report.issue().strip().length() > 500) {
            throw new InvalidInput("milestone.error.issue");
        }
        if (blank(report.authority()) || report.authority().strip().length() > 300) {
            throw new InvalidInput("milestone.error.authority");
        }
        if (report.files().isEmpty()) {
            throw new InvalidInput("milestone.error.proof");
        }
        if (report.files().size() > MAX_FILES) {
            throw new InvalidInput("milestone.error.too-many", MAX_FILES);
        }
        Map<ProofFile, AttachmentService.Checked> checked = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (ProofFile file : report.files()) {
            if (!names.add(file.name())) {
                throw new InvalidInput("milestone.error.same-name", file.name());
            }
            checked.put(file, attachments.check(file.name(), file.bytes(), maxPhotoBytes));
        }
        MilestoneReport clean = new MilestoneReport(report.cboId(), report.kind(), report.level(), report.occurredOn(),
                report.issue().strip(), report.authority().strip(), report.files());
        long id = milestones.insert(clean, currentUser.require().personId(), clock.instant());
        checked.forEach((file, check) -> milestones.insertFile(id, file.name(), check.mediaType(), file.bytes(),
                sha256(file.bytes())));
        return id;
    }

    /** Verifies a reported milestone: it becomes MILESTONE evidence of its CBO, whose levels are re-derived. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public void verify(long milestoneId) {
        Milestone milestone = decidable(milestoneId);
        long by = currentUser.require().personId();
        Instant now = clock.instant();
        if (!milestones.decide(milestoneId, MilestoneStatus.VERIFIED, by, now, null)) {
            throw new InvalidInput("milestone.error.decided");
        }
        evidence.append(milestone.cboId(), EvidenceKind.MILESTONE, milestone.occurredOn(), null, "milestone",
                String.valueOf(milestoneId), Map.of("kind", milestone.kind().name(), "level", milestone.level().name(),
                        "issue", milestone.issue(), "authority", milestone.authority(), "verifiedBy", by),
                now, milestone.reportedBy(), by, now);
        derivation.derive(milestone.cboId());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public void reject(long milestoneId, String note) {
        decidable(milestoneId);
        if (blank(note) || note.strip().length() > 1000) {
            throw new InvalidInput("milestone.error.note");
        }
        if (!milestones.decide(milestoneId, MilestoneStatus.REJECTED, currentUser.require().personId(), clock.instant(),
                note.strip())) {
            throw new InvalidInput("milestone.error.decided");
        }
    }

    /** Whether the signed-in user may verify or reject it: someone other than its reporter, in scope. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    public boolean mayDecide(Milestone milestone) {
        SignedInUser user = currentUser.require();
        return milestone.status() == MilestoneStatus.REPORTED && milestone.reportedBy() != user.personId()
                && (user.has(Role.ADMIN) || scopes.current().coversCbo(milestone.cboId()));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public List<Milestone> ofCbo(long cboId) {
        organisations.requireInScope(cboId);
        return milestones.ofCbo(cboId);
    }

    /** Reported milestones of the CBOs in my scope waiting for someone to verify them, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public Slice<Milestone> waiting(Pageable page) {
        Scope scope = scopes.current();
        return milestones.waiting(scope.everything(), scope.cboIdsForQuery(), page);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public Optional<byte[]> file(long milestoneId, String name) {
        Milestone milestone = milestones.find(milestoneId).orElseThrow(() -> new InvalidInput("milestone.error.gone"));
        organisations.requireInScope(milestone.cboId());
        return milestones.content(milestoneId, name);
    }

    private Milestone decidable(long milestoneId) {
        Milestone milestone = milestones.find(milestoneId).orElseThrow(() -> new InvalidInput("milestone.error.gone"));
        organisations.requireInScope(milestone.cboId());
        if (milestone.reportedBy() == currentUser.require().personId()) {
            throw new AccessDeniedException("a milestone is verified by someone other than its reporter");
        }
        if (milestone.status() != MilestoneStatus.REPORTED) {
            throw new InvalidInput("milestone.error.decided");
        }
        return milestone;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

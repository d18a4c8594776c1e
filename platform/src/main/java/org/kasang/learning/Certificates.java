package org.kasang.learning;

import org.kasang.catalogue.CatalogueService;
import org.kasang.common.InvalidInput;
import org.kasang.learning.internal.LearningStates;
import org.kasang.organisations.OrganisationService;
import org.kasang.pdf.PdfDocuments;
import org.kasang.security.CurrentUser;
import org.kasang.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A learner's certificate of a course they completed, as a PDF in their language: their name, the course, the
 * date it was completed and their CBO. Only ever the signed-in learner's own.
 */
@Service
@PreAuthorize("hasRole('LEARNER')")
public class Certificates {

    /** Cambodia's time zone: a course completed at 6 in the morning in Kratie is dated that day. */
    static final ZoneId CAMBODIA = org.kasang.common.Cambodia.ZONE;

    private final LearningStates states;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final PdfDocuments pdf;

    Certificates(LearningStates states, CatalogueService catalogue, OrganisationService organisations,
                 CurrentUser currentUser, PdfDocuments pdf) {
        this.states = states;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.pdf = pdf;
    }

    /** A file name without spaces or script the phone's download folder might mangle. */
    public static String fileName(String courseId) {
        return "kasang-certificate-" + courseId + ".pdf";
    }

    @Transactional(readOnly = true)
    public byte[] mine(String courseId, Locale locale) {
        SignedInUser me = currentUser.require();
        Instant completedAt = states.completedAt(me.personId(), courseId)
                .orElseThrow(() -> new InvalidInput("certificate.error.not-completed"));
        String cbo = organisations.currentCboNameOf(me.personId()).orElse(null);
        String title = catalogue.course(courseId).title().in(locale);
        return pdf.certificate(new PdfDocuments.Certificate(me.displayName(), title, cbo,
                completedAt.atZone(CAMBODIA).toLocalDate(), locale, reference(me.personId(), courseId, completedAt)));
    }

    /** A short code that names this certificate, for anyone checking it with the programme. */
    static String reference(long personId, String courseId, Instant completedAt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((personId + ":" + courseId + ":"
                    + completedAt.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            return "KSG-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.kasang.pdf;

import org.kasang.pdf.internal.CertificatePage;
import org.kasang.pdf.internal.Fonts;
import org.kasang.pdf.internal.Labels;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Documents a learner keeps, rendered from what the caller gives: no database, no security of its own (the
 * caller decides who may have which certificate). Khmer is shaped correctly and stays selectable text.
 */
@Component
public class PdfDocuments {

    /**
     * @param cboName   the learner's CBO, or null when they have none
     * @param locale    the language of the labels and of the date
     * @param reference a code that identifies the certificate, printed small
     */
    public record Certificate(String learnerName, String courseTitle, String cboName, LocalDate completedOn,
                              Locale locale, String reference) {

        public Certificate {
            Objects.requireNonNull(learnerName, "learnerName");
            Objects.requireNonNull(courseTitle, "courseTitle");
            Objects.requireNonNull(completedOn, "completedOn");
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** A one-page A4 landscape certificate of completion, as PDF bytes. */
    public byte[] certificate(Certificate c) {
        return new CertificatePage(Fonts.bundled(), Labels.of(c.locale()))
                .render(c.learnerName(), c.courseTitle(), c.cboName(), c.completedOn(), c.reference());
    }
}

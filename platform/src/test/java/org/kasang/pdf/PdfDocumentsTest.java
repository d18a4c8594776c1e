package org.kasang.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificates are one landscape page that shows, and reads back, who completed what and when. */
class PdfDocumentsTest {

    static final Locale KHMER = Locale.forLanguageTag("km");
    final PdfDocuments documents = new PdfDocuments();

    @Test
    void an_english_certificate_names_the_learner_the_course_the_cbo_and_the_date() throws IOException {
        byte[] pdf = documents.certificate(new PdfDocuments.Certificate("Sok Sreymom", "Budget literacy: the commune budget cycle",
                "Prey Veng Women's Savings Group", LocalDate.of(2025, 3, 15), Locale.ENGLISH, "KSG-2025-0042"));

        String text = checkOnePage(pdf, "certificate-en.png");
        assertThat(text).contains("Certificate of completion", "Sok Sreymom", "has completed the course",
                "Budget literacy: the commune budget cycle", "member of Prey Veng Women's Savings Group",
                "March 15, 2025", "Kasang", "KSG-2025-0042");
    }

    @Test
    void a_khmer_certificate_has_khmer_labels_and_month_and_takes_names_in_either_script() throws IOException {
        byte[] pdf = documents.certificate(new PdfDocuments.Certificate("សុខ ស្រីមុំ",
                "ចំណេះដឹងអំពីថវិកា៖ វដ្តថវិការបស់ឃុំ សង្កាត់", "Kampong Speu Farmers", LocalDate.of(2025, 3, 15), KHMER, "KSG-2025-0043"));

        String text = checkOnePage(pdf, "certificate-km.png");
        assertThat(text).contains("វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា", "សុខ ស្រីមុំ", "ចំណេះដឹងអំពីថវិកា៖ វដ្តថវិការបស់ឃុំ សង្កាត់",
                "Kampong Speu Farmers", "មីនា", "កសាង", "KSG-2025-0043");
    }

    @Test
    void without_a_cbo_there_is_no_membership_line_and_a_long_name_still_fits_one_page() throws IOException {
        String longName = "Samdech Preah Moha Sangha Reach Sovann Bopha Chanthavong Kimsreang Veasna";
        byte[] pdf = documents.certificate(new PdfDocuments.Certificate(longName, "Advocacy planning for CBOs", null,
                LocalDate.of(2024, 11, 2), Locale.ENGLISH, "KSG-1"));

        String text = checkOnePage(pdf, "certificate-long-name.png");
        assertThat(text.replaceAll("\\s+", " ")).contains(longName).doesNotContain("member of");
    }

    private static String checkOnePage(byte[] pdf, String imageName) throws IOException {
        System.out.printf(Locale.ROOT, "Certificate %s: %d KB%n", imageName, pdf.length / 1024);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            EmbeddedFonts.assertEmbeddedSubsets(document);
            var box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(inkShare(image)).as("the page shows something").isGreaterThan(0.01);
            Path dir = Path.of("target", "pdf-documents");
            Files.createDirectories(dir);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", dir.resolve(imageName).toFile());
            return new PDFTextStripper().getText(document);
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                ink += ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 160 ? 1 : 0;
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}

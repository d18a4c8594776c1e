package org.kasang.documents;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.SamplePdf;
import org.kasang.common.InvalidInput;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trainers attach handouts; hostile or broken files are refused with a clear message and leave nothing. */
class AttachmentServiceTest extends IntegrationTest {

    private static final String COURSE = "budget-literacy";

    @Autowired
    AttachmentService attachments;
    @Autowired
    JdbcClient jdbc;

    String folder;

    @BeforeEach
    void trainer() {
        signInAs(fixtures.staff("Attaching trainer", Role.TRAINER));
        folder = "handouts/" + UUID.randomUUID() + "/";
    }

    @Test
    void a_pdf_handout_is_stored_with_its_detected_type_and_text() throws IOException {
        Attachment stored = attachments.store(COURSE, folder + "budget-calendar.pdf", SamplePdf.of("Commune budget calendar"));

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(attachments.text(COURSE, folder + "budget-calendar.pdf")).get().asString()
                .contains("Commune budget calendar");
        assertThat(attachments.content(COURSE, folder + "budget-calendar.pdf")).isPresent();
    }

    @Test
    void a_word_handout_is_stored_with_its_text() throws IOException {
        var document = new XWPFDocument();
        document.createParagraph().createRun().setText("Questions for the public forum");
        var out = new ByteArrayOutputStream();
        document.write(out);
        document.close();

        attachments.store(COURSE, folder + "questions.docx", out.toByteArray());
        assertThat(attachments.text(COURSE, folder + "questions.docx")).get().asString()
                .contains("Questions for the public forum");
    }

    @Test
    void an_executable_renamed_pdf_is_refused() {
        byte[] exe = new byte[4096];
        byte[] header = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, exe, 0, header.length);
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        exe[60] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);

        assertRefused("invoice.pdf", exe, "attachment.error.not-allowed");
    }

    @Test
    void an_html_page_named_docx_is_refused() {
        byte[] html = "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>Hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertRefused("plan.docx", html, "attachment.error.not-allowed");
    }

    @Test
    void a_truncated_pdf_is_refused() throws IOException {
        byte[] whole = SamplePdf.of("A long handout about the Commune/Sangkat Fund");
        assertRefused("fund.pdf", Arrays.copyOf(whole, whole.length / 2), "attachment.error.damaged");
    }

    @Test
    void a_file_over_the_limit_is_refused() throws IOException {
        byte[] big = Arrays.copyOf(SamplePdf.of("Big"), 10 * 1024 * 1024 + 1);
        assertRefused("big.pdf", big, "attachment.error.too-large");
    }

    @Test
    void a_zip_bomb_disguised_as_a_word_document_is_refused() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> attachments.store(COURSE, folder + "bomb.docx", out.toByteArray()))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).key()).isIn("attachment.error.damaged", "attachment.error.not-allowed"));
        assertNothingStored();
    }

    @Test
    void a_text_file_named_pdf_does_not_match_its_name() {
        assertRefused("notes.pdf", "Just some notes".getBytes(StandardCharsets.UTF_8), "attachment.error.mismatch");
    }

    private void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> attachments.store(COURSE, folder + name, bytes))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    assertThat(((InvalidInput) e).key()).isEqualTo(key);
                    assertThat(((InvalidInput) e).args()).contains(name);
                });
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.sql("select count(*) from attachment where path like ?").param(folder + "%")
                .query(Long.class).single()).isZero();
    }

}

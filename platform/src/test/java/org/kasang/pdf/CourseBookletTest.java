package org.kasang.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.CourseDraftService;
import org.kasang.catalogue.CourseImportService;
import org.kasang.catalogue.internal.ZipPackageFiles;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bundled course as a booklet: many pages, the quiz questions and their options but never the answers'
 * feedback, the course's own images. Sizes and page counts are printed and the PDFs kept under
 * target/course-booklets/.
 */
class CourseBookletTest extends IntegrationTest {

    static final Locale KHMER = Locale.forLanguageTag("km");

    @Autowired
    CourseBooklets booklets;
    @Autowired
    CourseDraftService drafts;
    @Autowired
    CourseImportService imports;

    @Test
    void the_khmer_budget_literacy_booklet_has_the_questions_in_khmer_and_no_feedback() throws IOException {
        signInAs(fixtures.learner(fixtures.cbo("Booklet CBO"), "Chea Sophal"));

        String text = bookletText("budget-literacy", KHMER, 20);

        Quiz quiz = quiz("budget-literacy", "km");
        assertThat(squeezed(text)).contains(quiz.prompts().stream().map(CourseBookletTest::squeezed).toList());
        assertThat(squeezed(text)).contains(quiz.options().stream().map(CourseBookletTest::squeezed).toList());
        assertThat(squeezed(text)).doesNotContain(quiz.feedback().stream().map(CourseBookletTest::squeezed).toList());
        assertThat(text).contains("ចំណេះដឹងអំពីថវិកា", "ទំព័រ 1 នៃ");
    }

    @Test
    void the_english_booklets_have_the_questions_and_no_feedback() throws IOException {
        signInAs(fixtures.learner(fixtures.cbo("Booklet CBO"), "Chea Sophal"));

        for (String course : List.of("budget-literacy", "advocacy-planning")) {
            String text = bookletText(course, Locale.ENGLISH, 15);
            Quiz quiz = quiz(course, "en");
            assertThat(squeezed(text)).contains(quiz.prompts().stream().map(CourseBookletTest::squeezed).toList());
            assertThat(squeezed(text)).doesNotContain(quiz.feedback().stream().map(CourseBookletTest::squeezed).toList());
            assertThat(text).contains("Page 1 of");
        }
    }

    @Test
    void an_english_course_in_khmer_has_khmer_labels_around_its_english_lessons() throws IOException {
        signInAs(fixtures.learner(fixtures.cbo("Booklet CBO"), "Chea Sophal"));

        String text = bookletText("advocacy-planning", KHMER, 15);

        assertThat(text).contains("ការរៀបចំផែនការតស៊ូមតិសម្រាប់អង្គការសហគមន៍មូលដ្ឋាន", "មេរៀន");
        assertThat(squeezed(text)).contains(squeezed("Which sentence best describes advocacy by a CBO?"));
    }

    @Test
    void a_lesson_image_from_the_course_files_is_in_the_booklet() throws IOException {
        signInAs(fixtures.staff("Booklet trainer", Role.TRAINER));
        String courseId = "booklet-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> files = new HashMap<>(drafts.files("advocacy-planning"));
        files.put("course.yaml", new String(files.get("course.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: advocacy-planning$", "id: " + courseId).getBytes(StandardCharsets.UTF_8));
        files.put("lessons/problem-tree.en.md", (new String(files.get("lessons/problem-tree.en.md"), StandardCharsets.UTF_8)
                + "\n\n![A problem tree drawn by members](images/tree.png)\n").getBytes(StandardCharsets.UTF_8));
        files.put("images/tree.png", png(320, 160));
        assertThat(imports.importZip(courseId + ".zip", ZipPackageFiles.zip(courseId, files)).outcome()).isEqualTo("CREATED");

        byte[] pdf = booklets.booklet(courseId, Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertThat(images).extracting(PDImageXObject::getWidth, PDImageXObject::getHeight)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(320, 160));
            assertThat(new PDFTextStripper().getText(document)).contains("A problem tree drawn by members");
        }
    }

    @Test
    void only_published_courses_and_only_for_signed_in_people() {
        assertThatThrownBy(() -> booklets.booklet("budget-literacy", Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signInAs(fixtures.learner(fixtures.cbo("Booklet CBO"), "Chea Sophal"));
        assertThatThrownBy(() -> booklets.booklet("no-such-course", Locale.ENGLISH)).isInstanceOf(NoSuchElementException.class);
    }

    private String bookletText(String courseId, Locale locale, int minPages) throws IOException {
        byte[] pdf = booklets.booklet(courseId, locale);
        Path dir = Path.of("target", "course-booklets");
        Files.createDirectories(dir);
        String name = courseId + "-" + locale.getLanguage();
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf(Locale.ROOT, "Booklet %s: %d pages, %d KB%n", name, document.getNumberOfPages(), pdf.length / 1024);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(minPages);
            EmbeddedFonts.assertEmbeddedSubsets(document);
            var renderer = new PDFRenderer(document);
            for (int page : new int[] {0, 1, document.getNumberOfPages() - 1}) {
                ImageIO.write(renderer.renderImageWithDPI(page, 60), "png", dir.resolve(name + "-p" + (page + 1) + ".png").toFile());
            }
            return new PDFTextStripper().getText(document);
        }
    }

    private record Quiz(List<String> prompts, List<String> options, List<String> feedback) {
    }

    /** The course's final quiz as its package writes it, answers and feedback included. */
    private static Quiz quiz(String courseId, String language) throws IOException {
        JsonNode yaml;
        try (InputStream in = CourseBookletTest.class.getResourceAsStream("/courses/" + courseId + "/quiz-final.yaml")) {
            yaml = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<String> prompts = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        for (JsonNode question : yaml.get("questions")) {
            prompts.add(question.get("prompt").path(language).asText(question.get("prompt").path("en").asText()));
            for (JsonNode option : question.get("options")) {
                options.add(option.get("text").path(language).asText(option.get("text").path("en").asText()));
                JsonNode said = option.path("feedback").path(language);
                if (!said.isMissingNode() && said.asText().length() > 20) {
                    feedback.add(said.asText());
                }
            }
        }
        assertThat(prompts).isNotEmpty();
        assertThat(feedback).isNotEmpty();
        return new Quiz(prompts, options, feedback);
    }

    /** Without white space, so that text wrapped over lines still matches. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\u200B]+", "");
    }

    private static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xEE, 0xF2, 0xF1));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x0B, 0x5E, 0x55));
        g.fillRect(width / 2 - 10, height / 3, 20, height * 2 / 3);
        g.fillOval(width / 4, 10, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import javax.imageio.ImageIO;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
    void the_lesson_images_of_the_course_are_in_the_booklet_in_each_language() throws IOException {
        signInAs(fixtures.learner(fixtures.cbo("Booklet CBO"), "Chea Sophal"));

        for (Locale locale : List.of(Locale.ENGLISH, KHMER)) {
            Set<String> shown = imagesInLessons("budget-literacy", locale.getLanguage());
            assertThat(shown).as("budget-literacy lessons show images").isNotEmpty();
            List<Dimension> expected = new ArrayList<>();
            for (String path : shown) {
                try (InputStream in = getClass().getResourceAsStream("/courses/budget-literacy/" + path)) {
                    BufferedImage image = ImageIO.read(in);
                    expected.add(new Dimension(image.getWidth(), image.getHeight()));
                }
            }

            try (PDDocument document = Loader.loadPDF(booklets.booklet("budget-literacy", locale))) {
                List<Dimension> drawn = new ArrayList<>();
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                            drawn.add(new Dimension(image.getWidth(), image.getHeight()));
                        }
                    }
                }
                assertThat(drawn).as("images in the " + locale + " booklet").containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    /** The package paths of the images the course's lessons show in a language, from the Markdown files. */
    private static Set<String> imagesInLessons(String courseId, String language) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Set<String> paths = new TreeSet<>();
        for (Resource lesson : resolver.getResources("classpath*:courses/" + courseId + "/lessons/*." + language + ".md")) {
            var matcher = Pattern.compile("!\\[[^\\]]*]\\((images/[^)\\s]+)\\)")
                    .matcher(new String(lesson.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                paths.add(matcher.group(1));
            }
        }
        return paths;
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
}

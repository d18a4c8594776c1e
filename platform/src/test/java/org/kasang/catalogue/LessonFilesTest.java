package org.kasang.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.SamplePdf;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageYaml;
import org.kasang.catalogue.internal.ZipPackageFiles;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Lesson images and handouts come from the course's own files, lazily, and only to signed-in people. */
class LessonFilesTest extends IntegrationTest {

    @Autowired
    CourseDraftService drafts;
    @Autowired
    CourseImportService imports;
    @Autowired
    CatalogueService catalogue;
    @LocalServerPort
    int port;

    String courseId;
    byte[] png;

    @BeforeEach
    void aCourseWithAnImageAndAHandout() throws IOException {
        signInAs(fixtures.staff("Files trainer", Role.TRAINER));
        courseId = "files-" + UUID.randomUUID().toString().substring(0, 8);
        png = png();
        Map<String, byte[]> files = new HashMap<>(drafts.files("budget-literacy"));
        var shipped = PackageYaml.read(files.get("course.yaml"), PackageManifest.class);
        var modules = shipped.modules().stream().map(module -> new PackageManifest.Module(module.id(), module.title(),
                module.preTest(), module.lessons().stream().map(lesson -> !lesson.id().equals("budget-calendar") ? lesson
                        : new PackageManifest.Lesson(lesson.id(), lesson.title(), lesson.file(), lesson.estimatedMinutes(),
                        java.util.List.of("handouts/calendar.pdf"), null)).toList(), module.quiz(), module.assignment())).toList();
        files.put("course.yaml", PackageYaml.write(new PackageManifest(courseId, shipped.version(), java.util.List.of("en"),
                shipped.title(), shipped.summary(), shipped.topic(), shipped.audience(), shipped.estimatedMinutes(),
                shipped.completionRule(), null, modules)));
        files.put("lessons/budget-calendar.en.md", ("## The calendar\n\n![The budget year on one page](images/calendar.png)\n\n"
                + "![Tracker](https://tracker.example/pixel.png)\n").getBytes(StandardCharsets.UTF_8));
        files.put("images/calendar.png", png);
        files.put("handouts/calendar.pdf", SamplePdf.of("Budget calendar handout"));
        assertThat(imports.importZip(courseId + ".zip", ZipPackageFiles.zip(courseId, files)).outcome()).isEqualTo("CREATED");
    }

    @Test
    void a_lesson_shows_its_own_images_lazily_and_drops_images_from_elsewhere() {
        var lesson = catalogue.lesson(courseId + "/budget-calendar", Locale.ENGLISH);

        assertThat(lesson.html()).contains("src=\"course-files/" + courseId + "/images/calendar.png\"", "loading=\"lazy\"",
                "alt=\"The budget year on one page\"").doesNotContain("tracker.example");
        assertThat(lesson.handouts()).containsExactly("handouts/calendar.pdf");
    }

    @Test
    void course_files_are_served_to_signed_in_people_only() throws Exception {
        SignedInUser learner = fixtures.learner(fixtures.cbo("Files CBO"), "Ly Sreyneath");
        var anonymous = client();
        var refused = anonymous.send(get("/course-files/" + courseId + "/images/calendar.png"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(refused.statusCode()).isEqualTo(302);

        var client = client();
        signIn(client, learner.username(), "password-" + learner.username());
        var image = client.send(get("/course-files/" + courseId + "/images/calendar.png"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).isEqualTo(png);
        var handout = client.send(get("/course-files/" + courseId + "/handouts/calendar.pdf"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(handout.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(client.send(get("/course-files/" + courseId + "/handouts/none.pdf"), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);
    }

    private void signIn(HttpClient client, String username, String password) throws Exception {
        String page = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

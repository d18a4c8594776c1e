package org.kasang.catalogue;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.catalogue.internal.ZipPackageFiles;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** A trainer imports a course package from a .zip in the course list; a broken one says what to fix. */
class PackageTransferUiTest extends KaribuTest {

    @Autowired
    CourseDraftService drafts;
    @Autowired
    CatalogueService catalogue;

    String courseId;
    HashMap<String, byte[]> files;

    @BeforeEach
    void trainerWithAPackage() {
        login(fixtures.staff("Importing trainer", Role.TRAINER));
        courseId = "zip-" + UUID.randomUUID().toString().substring(0, 8);
        files = new HashMap<>(drafts.files("budget-literacy"));
        files.put("course.yaml", new String(files.get("course.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: budget-literacy", "id: " + courseId).getBytes(StandardCharsets.UTF_8));
        navigate("trainer/courses");
    }

    @Test
    void an_uploaded_package_is_imported_and_listed() {
        UploadKt._upload(_get(Upload.class), courseId + ".zip", "application/zip", ZipPackageFiles.zip(courseId, files));

        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .equals(courseId + ".zip: imported as a new course"));
        assertThat(catalogue.course(courseId).id()).isEqualTo(courseId);
    }

    @Test
    void the_preview_shows_every_lesson_as_learners_will_read_it() {
        UploadKt._upload(_get(Upload.class), courseId + ".zip", "application/zip", ZipPackageFiles.zip(courseId, files));
        navigate("trainer/courses/" + courseId + "/preview");

        _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Preview: " + catalogue.course(courseId)
                .title().in(java.util.Locale.ENGLISH)));
        assertThat(_find(com.vaadin.flow.component.html.H4.class)).extracting(h -> h.getText())
                .contains("What is a commune budget?");
        assertThat(_find(com.vaadin.flow.component.Html.class)).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void a_broken_package_is_refused_with_what_to_fix() {
        files.remove("lessons/budget-calendar.en.md");
        UploadKt._upload(_get(Upload.class), courseId + ".zip", "application/zip", ZipPackageFiles.zip(courseId, files));

        Notification refused = getNotifications().get(getNotifications().size() - 1);
        assertThat(_find(refused, Paragraph.class)).extracting(Paragraph::getText)
                .contains(courseId + ".zip was not imported. What to fix:")
                .anyMatch(p -> p.contains("lesson budget-calendar has no en text"));
        assertThat(catalogue.publishedCourses()).extracting(CourseSummary::id).doesNotContain(courseId);
    }
}

package org.kasang.learning;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.catalogue.CourseDraftService;
import org.kasang.catalogue.CourseImportService;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageYaml;
import org.kasang.catalogue.internal.ZipPackageFiles;
import org.kasang.learning.ui.LessonView;
import org.kasang.security.AccountService;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A lesson's recording downloads nothing until played; with data saver on it waits behind a button that names its size. */
class LessonAudioUiTest extends KaribuTest {

    @Autowired
    CourseDraftService drafts;
    @Autowired
    CourseImportService imports;
    @Autowired
    AccountService accounts;

    String courseId;
    int audioBytes;

    @BeforeEach
    void aCourseWithARecording() {
        signInAs(fixtures.staff("Audio trainer", Role.TRAINER));
        courseId = "audio-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> files = new HashMap<>(drafts.files("budget-literacy"));
        var shipped = PackageYaml.read(files.get("course.yaml"), PackageManifest.class);
        var modules = shipped.modules().stream().map(module -> new PackageManifest.Module(module.id(), module.title(),
                module.preTest(), module.lessons().stream().map(lesson -> !lesson.id().equals("budget-calendar") ? lesson
                        : new PackageManifest.Lesson(lesson.id(), lesson.title(), lesson.file(), lesson.estimatedMinutes(),
                        List.of(), Map.of("en", "audio/budget-calendar.en.mp3"))).toList(), module.quiz(),
                module.assignment())).toList();
        files.put("course.yaml", PackageYaml.write(new PackageManifest(courseId, shipped.version(), List.of("en"),
                shipped.title(), shipped.summary(), shipped.topic(), shipped.audience(), shipped.estimatedMinutes(),
                shipped.completionRule(), null, modules)));
        byte[] mp3 = mp3(60);
        audioBytes = mp3.length;
        files.put("audio/budget-calendar.en.mp3", mp3);
        assertThat(imports.importZip(courseId + ".zip", ZipPackageFiles.zip(courseId, files)).outcome()).isEqualTo("CREATED");
        login(fixtures.learner(fixtures.cbo("Audio CBO"), "Ouk Sreyleak"));
    }

    @Test
    void the_recording_is_there_with_its_size_and_loads_only_when_played() {
        navigate("learn/" + courseId + "/lesson/budget-calendar");
        _get(LessonView.class);
        Div player = _get(Div.class, spec -> spec.withClasses("kasang-audio"));
        var audio = player.getElement().getChildren().filter(e -> e.getTag().equals("audio")).findFirst().orElseThrow();
        assertThat(audio.getAttribute("preload")).isEqualTo("none");
        assertThat(audio.getAttribute("src")).isEqualTo("course-files/" + courseId + "/audio/budget-calendar.en.mp3");
        _get(player, Span.class, spec -> spec.withText("Audio: " + kb() + ", downloaded only when you press play"));
    }

    @Test
    void with_data_saver_the_recording_waits_behind_a_button() {
        accounts.changeDataSaver(true);
        navigate("learn/" + courseId + "/lesson/budget-calendar");
        Div player = _get(Div.class, spec -> spec.withClasses("kasang-audio"));
        assertThat(player.getElement().getChildren().filter(e -> e.getTag().equals("audio"))).isEmpty();
        _click(_get(player, Button.class, spec -> spec.withText("Listen (" + kb() + ")")));
        assertThat(player.getElement().getChildren().filter(e -> e.getTag().equals("audio"))).hasSize(1);
        assertThat(_find(player, Button.class)).isEmpty();
    }

    private String kb() {
        return Math.round(audioBytes / 1024.0) + " KB";
    }

    /** A valid MPEG-1 Layer III stream: an ID3v2 tag and silent 128 kbit/s frames. */
    static byte[] mp3(int frames) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        for (int i = 0; i < frames; i++) {
            byte[] frame = new byte[417];
            frame[0] = (byte) 0xFF;
            frame[1] = (byte) 0xFB;
            frame[2] = (byte) 0x90;
            frame[3] = (byte) 0x64;
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }
}

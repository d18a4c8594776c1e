package org.kasang.catalogue.ui;

import org.kasang.catalogue.CompletionRule;
import org.kasang.catalogue.Text;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageYaml;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The smallest package that publishes: one module with one lesson, for a trainer to build on. */
final class StarterPackage {

    private StarterPackage() {
    }

    /**
     * @param words the module title, lesson title (both in en and km) and the lesson's placeholder text
     */
    static Map<String, byte[]> files(String courseId, Text title, String topic, Text moduleTitle, Text lessonTitle,
                                     String placeholder) {
        var lesson = new PackageManifest.Lesson("lesson-1", lessonTitle, "lessons/lesson-1", 10, null, null);
        var module = new PackageManifest.Module("module-1", moduleTitle, null, List.of(lesson), null, null);
        var manifest = new PackageManifest(courseId, 1, List.of("en"), title, title, topic, null, 10,
                CompletionRule.CompletedAndPassed.name(), null, List.of(module));
        return Map.of(DraftModel.MANIFEST, PackageYaml.write(manifest),
                lesson.file() + ".en.md", placeholder.getBytes(StandardCharsets.UTF_8));
    }
}

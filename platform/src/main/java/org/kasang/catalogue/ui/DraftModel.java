package org.kasang.catalogue.ui;

import org.kasang.catalogue.Text;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageManifest.Lesson;
import org.kasang.catalogue.internal.PackageManifest.Module;
import org.kasang.catalogue.internal.PackageManifest.Quiz;
import org.kasang.catalogue.internal.PackageYaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** A draft being edited: the package's files, with course.yaml held as a record until it is written back. */
final class DraftModel {

    static final String MANIFEST = "course.yaml";
    static final String FINAL_QUIZ = "quiz-final.yaml";

    private final Map<String, byte[]> files;
    private PackageManifest manifest;

    DraftModel(Map<String, byte[]> files) {
        this.files = new TreeMap<>(files);
        this.manifest = PackageYaml.read(files.get(MANIFEST), PackageManifest.class);
    }

    PackageManifest manifest() {
        return manifest;
    }

    void update(UnaryOperator<PackageManifest> change) {
        manifest = change.apply(manifest);
    }

    /** The package as it would be saved now. */
    Map<String, byte[]> files() {
        files.put(MANIFEST, PackageYaml.write(manifest));
        return new TreeMap<>(files);
    }

    List<String> languages() {
        return manifest.languages() == null ? List.of("en") : manifest.languages();
    }

    String lessonText(Lesson lesson, String language) {
        byte[] text = files.get(lesson.file() + "." + language + ".md");
        return text == null ? "" : new String(text, StandardCharsets.UTF_8);
    }

    void setLessonText(Lesson lesson, String language, String text) {
        files.put(lesson.file() + "." + language + ".md", text.getBytes(StandardCharsets.UTF_8));
    }

    void putFile(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    List<Module> modules() {
        return manifest.modules() == null ? List.of() : manifest.modules();
    }

    void replaceLesson(int module, int index, Lesson lesson) {
        List<Lesson> lessons = new ArrayList<>(modules().get(module).lessons());
        lessons.set(index, lesson);
        replaceLessons(module, lessons);
    }

    void updateLesson(String lessonId, UnaryOperator<Lesson> change) {
        for (int m = 0; m < modules().size(); m++) {
            List<Lesson> lessons = modules().get(m).lessons();
            for (int i = 0; i < lessons.size(); i++) {
                if (lessons.get(i).id().equals(lessonId)) {
                    replaceLesson(m, i, change.apply(lessons.get(i)));
                    return;
                }
            }
        }
        throw new java.util.NoSuchElementException(lessonId);
    }

    /** Moves a lesson up (-1) or down (+1) within its module; at either end nothing moves. */
    void moveLesson(int module, int index, int delta) {
        List<Lesson> lessons = new ArrayList<>(modules().get(module).lessons());
        int target = index + delta;
        if (target < 0 || target >= lessons.size()) {
            return;
        }
        lessons.add(target, lessons.remove(index));
        replaceLessons(module, lessons);
    }

    /** Adds a lesson with a free id and placeholder text in every language of the course. */
    Lesson addLesson(int module, Text title, String placeholder) {
        int n = 1;
        while (idTaken("lesson-" + n)) {
            n++;
        }
        String id = "lesson-" + n;
        Lesson lesson = new Lesson(id, title, "lessons/" + id, 10, null, null);
        List<Lesson> lessons = new ArrayList<>(modules().get(module).lessons());
        lessons.add(lesson);
        replaceLessons(module, lessons);
        languages().forEach(language -> setLessonText(lesson, language, placeholder));
        return lesson;
    }

    Optional<Quiz> finalQuiz() {
        String path = lastModule().quiz();
        return path == null || !files.containsKey(path) ? Optional.empty()
                : Optional.of(PackageYaml.read(files.get(path), Quiz.class));
    }

    /** Writes the last module's quiz, creating quiz-final.yaml and pointing the module to it when it had none. */
    void saveFinalQuiz(Quiz quiz) {
        Module last = lastModule();
        String path = last.quiz() == null ? FINAL_QUIZ : last.quiz();
        files.put(path, PackageYaml.write(quiz));
        replaceModule(modules().size() - 1, new Module(last.id(), last.title(), last.preTest(), last.lessons(), path,
                last.assignment()));
    }

    boolean idTaken(String id) {
        return modules().stream().anyMatch(m -> id.equals(m.id()) || id.equals(stem(m.quiz()))
                || m.lessons().stream().anyMatch(l -> id.equals(l.id())));
    }

    private static String stem(String path) {
        return path == null || !path.endsWith(".yaml") ? path : path.substring(0, path.length() - ".yaml".length());
    }

    private Module lastModule() {
        return modules().get(modules().size() - 1);
    }

    private void replaceLessons(int module, List<Lesson> lessons) {
        Module m = modules().get(module);
        replaceModule(module, new Module(m.id(), m.title(), m.preTest(), List.copyOf(lessons), m.quiz(), m.assignment()));
    }

    private void replaceModule(int index, Module module) {
        List<Module> modules = new ArrayList<>(modules());
        modules.set(index, module);
        PackageManifest m = manifest;
        manifest = new PackageManifest(m.id(), m.version(), m.languages(), m.title(), m.summary(), m.topic(),
                m.audience(), m.estimatedMinutes(), m.completionRule(), m.translationNotes(), List.copyOf(modules));
    }
}

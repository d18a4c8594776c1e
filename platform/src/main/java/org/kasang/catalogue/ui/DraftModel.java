package org.kasang.catalogue.ui;

import org.kasang.catalogue.Text;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageManifest.Assignment;
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
        String id = freeId("lesson-");
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

    /** Adds a module at the end with a free id and one first lesson, since a module needs a lesson. */
    Module addModule(Text title, Text lessonTitle, String placeholder) {
        String id = freeId("module-");
        Module module = new Module(id, title, null, List.of(), null, null);
        List<Module> modules = new ArrayList<>(modules());
        modules.add(module);
        setModules(modules);
        addLesson(modules.size() - 1, lessonTitle, placeholder);
        return modules().get(modules.size() - 1);
    }

    /** Sets a module's title in one language, keeping the other. */
    void renameModule(int index, String language, String value) {
        Module m = modules().get(index);
        replaceModule(index, new Module(m.id(), Bilingual.with(m.title(), language, value), m.preTest(), m.lessons(),
                m.quiz(), m.assignment()));
    }

    /** Moves a module up (-1) or down (+1); at either end nothing moves. */
    void moveModule(int index, int delta) {
        List<Module> modules = new ArrayList<>(modules());
        int target = index + delta;
        if (target < 0 || target >= modules.size()) {
            return;
        }
        modules.add(target, modules.remove(index));
        setModules(modules);
    }

    /** Removes the final quiz, its file and the module's pointer to it: a quiz without questions is no quiz. */
    void removeFinalQuiz() {
        Module last = lastModule();
        if (last.quiz() != null) {
            files.remove(last.quiz());
            replaceModule(modules().size() - 1, new Module(last.id(), last.title(), last.preTest(), last.lessons(), null,
                    last.assignment()));
        }
    }

    Optional<Assignment> finalAssignment() {
        String path = lastModule().assignment();
        return path == null || !files.containsKey(path) ? Optional.empty()
                : Optional.of(PackageYaml.read(files.get(path), Assignment.class));
    }

    /** Writes the last module's assignment, as assignment-&lt;id&gt;.yaml when the module had none. */
    void saveFinalAssignment(Assignment assignment) {
        Module last = lastModule();
        String path = last.assignment() == null ? "assignment-" + assignment.id() + ".yaml" : last.assignment();
        files.put(path, PackageYaml.write(assignment));
        replaceModule(modules().size() - 1, new Module(last.id(), last.title(), last.preTest(), last.lessons(),
                last.quiz(), path));
    }

    /** The first of prefix1, prefix2, ... that no module, lesson, quiz or assignment uses. */
    String freeId(String prefix) {
        int n = 1;
        while (idTaken(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    boolean idTaken(String id) {
        return modules().stream().anyMatch(m -> id.equals(m.id()) || id.equals(stem(m.quiz()))
                || id.equals(stem(m.preTest())) || id.equals(assignmentId(m.assignment()))
                || m.lessons().stream().anyMatch(l -> id.equals(l.id())));
    }

    private static String stem(String path) {
        return path == null || !path.endsWith(".yaml") ? path : path.substring(0, path.length() - ".yaml".length());
    }

    private String assignmentId(String path) {
        if (path == null || !files.containsKey(path)) {
            return stem(path);
        }
        return PackageYaml.read(files.get(path), Assignment.class).id();
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
        setModules(modules);
    }

    private void setModules(List<Module> modules) {
        PackageManifest m = manifest;
        manifest = new PackageManifest(m.id(), m.version(), m.languages(), m.title(), m.summary(), m.topic(),
                m.audience(), m.estimatedMinutes(), m.completionRule(), m.translationNotes(), List.copyOf(modules));
    }
}

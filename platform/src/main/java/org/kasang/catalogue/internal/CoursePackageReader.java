package org.kasang.catalogue.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kasang.catalogue.CompletionRule;
import org.kasang.catalogue.Text;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a course package and says, in words a trainer can act on, everything that is wrong with it.
 */
@Component
public class CoursePackageReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Set<String> KINDS = Set.of("single", "multiple", "true-false");
    private static final Set<String> FIELD_KINDS = Set.of("text", "long-text", "number", "date", "choice");
    private static final Set<String> HANDOUTS = Set.of("pdf", "docx", "xlsx", "odt", "ods", "txt");
    private static final Set<String> AUDIO = Set.of("mp3", "m4a", "aac", "ogg");
    private static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png", "webp");

    private final ObjectMapper yaml = PackageYaml.reader();

    public CoursePackage read(PackageFiles files) throws IOException {
        List<String> problems = new ArrayList<>();
        MessageDigest digest = sha256();
        PackageManifest manifest = parse(files, PackageFiles.MANIFEST, PackageManifest.class, problems, digest)
                .orElseThrow(() -> new InvalidPackage(files.name(), problems));
        YamlLines manifestLines = new YamlLines(files.read(PackageFiles.MANIFEST).orElse(new byte[0]));
        checkManifest(manifest, problems);
        Set<String> ids = new HashSet<>();
        Map<String, PackageManifest.Quiz> preTests = new LinkedHashMap<>();
        Map<String, PackageManifest.Quiz> quizzes = new LinkedHashMap<>();
        Map<String, PackageManifest.Assignment> assignments = new LinkedHashMap<>();
        Map<String, Text> bodies = new HashMap<>();
        Map<String, byte[]> attachments = new java.util.TreeMap<>();
        List<String> languages = manifest.languages() == null ? List.of() : manifest.languages();
        for (PackageManifest.Module module : nonNull(manifest.modules())) {
            String where = "course.yaml" + manifestLines.of(module.id()) + ": module " + module.id();
            checkId(module.id(), where, ids, problems);
            checkTitle(module.title(), where, problems);
            if (nonNull(module.lessons()).isEmpty()) {
                problems.add(where + " has no lessons");
            }
            if (module.preTest() != null) {
                readQuiz(files, module.preTest(), languages, ids, problems, digest).ifPresent(q -> preTests.put(module.id(), q));
            }
            for (PackageManifest.Lesson lesson : nonNull(module.lessons())) {
                readLesson(files, lesson, languages, manifestLines, ids, problems, digest, attachments)
                        .ifPresent(text -> bodies.put(lesson.id(), text));
            }
            if (module.quiz() != null) {
                readQuiz(files, module.quiz(), languages, ids, problems, digest).ifPresent(q -> quizzes.put(module.id(), q));
            }
            if (module.assignment() != null) {
                Optional<byte[]> content = files.read(module.assignment());
                parse(files, module.assignment(), PackageManifest.Assignment.class, problems, digest).ifPresent(a -> {
                    checkAssignment(module.assignment(), new YamlLines(content.orElse(new byte[0])), a, languages, ids, problems);
                    assignments.put(module.id(), a);
                });
            }
        }
        Set<String> preTestIds = new HashSet<>();
        preTests.values().forEach(q -> preTestIds.add(q.id()));
        quizzes.values().stream().filter(q -> q.pairsWith() != null && !preTestIds.contains(q.pairsWith()))
                .forEach(q -> problems.add("quiz " + q.id() + " pairsWith " + q.pairsWith()
                        + ", but no module has a preTest with that id"));
        if (!problems.isEmpty()) {
            throw new InvalidPackage(files.name(), problems);
        }
        return new CoursePackage(manifest, preTests, quizzes, assignments, bodies, attachments,
                HexFormat.of().formatHex(digest.digest()));
    }

    private Optional<Text> readLesson(PackageFiles files, PackageManifest.Lesson lesson, List<String> languages,
                                      YamlLines lines, Set<String> ids, List<String> problems, MessageDigest digest,
                                      Map<String, byte[]> attachments) throws IOException {
        String where = "course.yaml" + lines.of(lesson.id()) + ": lesson " + lesson.id();
        checkId(lesson.id(), where, ids, problems);
        checkTitle(lesson.title(), where, problems);
        if (lesson.estimatedMinutes() == null || lesson.estimatedMinutes() < 1) {
            problems.add(where + " needs estimatedMinutes of 1 or more");
        }
        for (String handout : nonNull(lesson.handouts())) {
            checkAttachment(files, handout, HANDOUTS, where + " handout", problems, digest, attachments);
        }
        if (lesson.audio() != null) {
            for (String audio : lesson.audio().values()) {
                checkAttachment(files, audio, AUDIO, where + " audio", problems, digest, attachments);
            }
        }
        if (lesson.file() == null || lesson.file().isBlank()) {
            problems.add(where + " has no file");
            return Optional.empty();
        }
        Map<String, String> text = new HashMap<>();
        for (String language : languages) {
            String path = lesson.file() + "." + language + ".md";
            Optional<byte[]> body = files.read(path);
            if (body.isEmpty()) {
                problems.add("lesson " + lesson.id() + " has no " + language + " text but the manifest lists "
                        + language + ": " + path + " is missing");
            } else {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update(body.get());
                text.put(language, new String(body.get(), StandardCharsets.UTF_8));
                for (String image : MarkdownRenderer.imagesIn(text.get(language))) {
                    checkAttachment(files, image, IMAGES, "lesson " + lesson.id() + " image", problems, digest, attachments);
                }
            }
        }
        return Optional.of(new Text(text));
    }

    private Optional<PackageManifest.Quiz> readQuiz(PackageFiles files, String path, List<String> languages,
                                                    Set<String> ids, List<String> problems, MessageDigest digest)
            throws IOException {
        Optional<byte[]> content = files.read(path);
        Optional<PackageManifest.Quiz> quiz = parse(files, path, PackageManifest.Quiz.class, problems, digest)
                .map(CoursePackageReader::withExplicitAnswers);
        quiz.ifPresent(q -> checkQuiz(path, new YamlLines(content.orElse(new byte[0])), q, languages, ids, problems));
        return quiz;
    }

    /** "correct" left out means false: say so, so that packages compare equal however they were written. */
    private static PackageManifest.Quiz withExplicitAnswers(PackageManifest.Quiz quiz) {
        return new PackageManifest.Quiz(quiz.id(), quiz.title(), quiz.passMark(), quiz.attemptsAllowed(), quiz.pairsWith(),
                nonNull(quiz.questions()).stream().map(q -> new PackageManifest.Question(q.id(), q.kind(), q.prompt(),
                        nonNull(q.options()).stream().map(o -> new PackageManifest.Option(o.id(), o.text(),
                                Boolean.TRUE.equals(o.correct()), o.feedback())).toList())).toList());
    }

    private void checkAttachment(PackageFiles files, String path, Set<String> allowed, String where,
                                 List<String> problems, MessageDigest digest, Map<String, byte[]> attachments)
            throws IOException {
        String extension = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        if (!allowed.contains(extension)) {
            problems.add(where + " " + path + " is not one of the allowed kinds (" + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            return;
        }
        Optional<byte[]> content = files.read(path);
        if (content.isEmpty()) {
            problems.add(where + " " + path + " is missing");
        } else {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(content.get());
            attachments.put(path, content.get());
        }
    }

    private void checkAssignment(String file, YamlLines lines, PackageManifest.Assignment a, List<String> languages,
                                 Set<String> ids, List<String> problems) {
        checkId(a.id(), file + lines.of(a.id()) + ": assignment", ids, problems);
        checkTitle(a.title(), file, problems);
        checkText(a.instructions(), languages, file + ": instructions", problems);
        if (nonNull(a.fields()).isEmpty()) {
            problems.add(file + ": the assignment has no fields to fill in");
        }
        Set<String> fieldIds = new HashSet<>();
        for (PackageManifest.Field field : nonNull(a.fields())) {
            String where = file + lines.of(field.id()) + ": field " + field.id();
            checkId(field.id(), where, fieldIds, problems);
            if (!FIELD_KINDS.contains(String.valueOf(field.kind()))) {
                problems.add(where + " has kind " + field.kind() + "; use text, long-text, number, date or choice");
            }
            checkText(field.label(), languages, where + " label", problems);
            if (field.help() != null) {
                checkText(field.help(), languages, where + " help", problems);
            }
            if ("choice".equals(field.kind()) && nonNull(field.options()).size() < 2) {
                problems.add(where + " is a choice and needs at least two options");
            }
            Set<String> choiceIds = new HashSet<>();
            for (PackageManifest.Choice choice : nonNull(field.options())) {
                checkId(choice.id(), where + " option", choiceIds, problems);
                checkText(choice.label(), languages, where + " option " + choice.id(), problems);
            }
        }
        PackageManifest.Rubric rubric = a.rubric();
        if (rubric == null || nonNull(rubric.levels()).size() < 2 || nonNull(rubric.criteria()).isEmpty()) {
            problems.add(file + ": the rubric needs at least two levels and one criterion");
            return;
        }
        Set<String> levelIds = new java.util.LinkedHashSet<>();
        for (PackageManifest.Level level : rubric.levels()) {
            String where = file + lines.of(level.id()) + ": level " + level.id();
            checkId(level.id(), where, levelIds, problems);
            checkText(level.label(), languages, where + " label", problems);
            if (level.points() == null || level.points() < 0) {
                problems.add(where + " needs points of 0 or more");
            }
        }
        Set<String> criterionIds = new HashSet<>();
        for (PackageManifest.Criterion criterion : rubric.criteria()) {
            String where = file + lines.of(criterion.id()) + ": criterion " + criterion.id();
            checkId(criterion.id(), where, criterionIds, problems);
            checkText(criterion.title(), languages, where + " title", problems);
            for (String level : levelIds) {
                Text descriptor = criterion.descriptors() == null ? null : criterion.descriptors().get(level);
                if (descriptor == null) {
                    problems.add(where + " has no descriptor for level " + level);
                } else {
                    checkText(descriptor, languages, where + " descriptor " + level, problems);
                }
            }
        }
    }

    private void checkManifest(PackageManifest m, List<String> problems) {
        if (m.id() == null || !ID.matcher(m.id()).matches()) {
            problems.add("course.yaml: id must be lowercase letters, digits and hyphens");
        }
        if (m.version() == null || m.version() < 1) {
            problems.add("course.yaml: version must be a whole number of 1 or more");
        }
        if (m.languages() == null || !m.languages().contains(Text.FALLBACK)) {
            problems.add("course.yaml: languages must include en");
        }
        checkTitle(m.title(), "course.yaml", problems);
        if (m.summary() == null || !m.summary().has(Text.FALLBACK)) {
            problems.add("course.yaml: summary needs English (en)");
        }
        if (m.topic() == null || m.topic().isBlank()) {
            problems.add("course.yaml: topic is missing");
        }
        if (m.estimatedMinutes() == null || m.estimatedMinutes() < 1) {
            problems.add("course.yaml: estimatedMinutes must be 1 or more");
        }
        try {
            CompletionRule.valueOf(String.valueOf(m.completionRule()));
        } catch (IllegalArgumentException e) {
            problems.add("course.yaml: completionRule must be Completed, Passed, CompletedAndPassed or CompletedOrPassed");
        }
        if (nonNull(m.modules()).isEmpty()) {
            problems.add("course.yaml: the course has no modules");
        }
    }

    private void checkQuiz(String file, YamlLines lines, PackageManifest.Quiz quiz, List<String> languages,
                           Set<String> ids, List<String> problems) {
        checkId(quiz.id(), file + lines.of(quiz.id()) + ": quiz", ids, problems);
        checkTitle(quiz.title(), file, problems);
        if (quiz.passMark() == null || quiz.passMark() < 0 || quiz.passMark() > 100) {
            problems.add(file + ": passMark must be a percentage from 0 to 100");
        }
        if (quiz.attemptsAllowed() != null && quiz.attemptsAllowed() < 1) {
            problems.add(file + ": attemptsAllowed must be 1 or more, or left out for unlimited");
        }
        if (nonNull(quiz.questions()).isEmpty()) {
            problems.add(file + ": the quiz has no questions");
        }
        Set<String> questionIds = new HashSet<>();
        for (PackageManifest.Question q : nonNull(quiz.questions())) {
            String where = file + lines.of(q.id()) + ": question " + q.id();
            checkId(q.id(), where, questionIds, problems);
            if (!KINDS.contains(String.valueOf(q.kind()))) {
                problems.add(where + " has kind " + q.kind() + "; use single, multiple or true-false");
            }
            checkText(q.prompt(), languages, where + " prompt", problems);
            List<PackageManifest.Option> options = nonNull(q.options());
            long correct = options.stream().filter(o -> Boolean.TRUE.equals(o.correct())).count();
            if (correct == 0) {
                problems.add(where + " has no correct option");
            } else if (correct > 1 && !"multiple".equals(q.kind())) {
                problems.add(where + " is " + q.kind() + " but has " + correct + " correct options");
            }
            if ("true-false".equals(q.kind()) && (options.size() != 2
                    || options.stream().noneMatch(o -> "true".equals(o.id()))
                    || options.stream().noneMatch(o -> "false".equals(o.id())))) {
                problems.add(where + " is true-false and needs exactly the options true and false");
            } else if (options.size() < 2) {
                problems.add(where + " needs at least two options");
            }
            Set<String> optionIds = new HashSet<>();
            for (PackageManifest.Option o : options) {
                checkId(o.id(), where + " option", optionIds, problems);
                checkText(o.text(), languages, where + " option " + o.id(), problems);
                checkText(o.feedback(), languages, where + " option " + o.id() + " feedback", problems);
            }
        }
    }

    private static void checkId(String id, String where, Set<String> seen, List<String> problems) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(where + ": id '" + id + "' must be lowercase letters, digits and hyphens");
        } else if (!seen.add(id)) {
            problems.add(where + ": id " + id + " is used twice");
        }
    }

    private static void checkTitle(Text title, String where, List<String> problems) {
        if (title == null || !title.has(Text.FALLBACK)) {
            problems.add(where + " has no English (en) title");
        }
    }

    private static void checkText(Text text, List<String> languages, String where, List<String> problems) {
        for (String language : languages) {
            if (text == null || !text.has(language)) {
                problems.add(where + " has no " + language + " text but the manifest lists " + language);
            }
        }
    }

    private <T> Optional<T> parse(PackageFiles files, String path, Class<T> type, List<String> problems,
                                  MessageDigest digest) throws IOException {
        Optional<byte[]> content = files.read(path);
        if (content.isEmpty()) {
            problems.add(path + " is missing");
            return Optional.empty();
        }
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update(content.get());
        try {
            return Optional.of(yaml.readValue(content.get(), type));
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String line = location == null ? "" : " line " + location.getLineNr();
            problems.add(path + line + ": " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

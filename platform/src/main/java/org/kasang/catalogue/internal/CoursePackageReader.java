package org.kasang.catalogue.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CoursePackage read(PackageFiles files) throws IOException {
        List<String> problems = new ArrayList<>();
        MessageDigest digest = sha256();
        PackageManifest manifest = parse(files, PackageFiles.MANIFEST, PackageManifest.class, problems, digest)
                .orElseThrow(() -> new InvalidPackage(files.name(), problems));
        checkManifest(manifest, problems);
        Set<String> ids = new HashSet<>();
        Map<String, PackageManifest.Quiz> quizzes = new LinkedHashMap<>();
        Map<String, Text> bodies = new HashMap<>();
        List<String> languages = manifest.languages() == null ? List.of() : manifest.languages();
        for (PackageManifest.Module module : nonNull(manifest.modules())) {
            String where = "course.yaml: module " + module.id();
            checkId(module.id(), where, ids, problems);
            checkTitle(module.title(), where, problems);
            if (nonNull(module.lessons()).isEmpty()) {
                problems.add(where + " has no lessons");
            }
            for (PackageManifest.Lesson lesson : nonNull(module.lessons())) {
                String lessonWhere = "course.yaml: lesson " + lesson.id();
                checkId(lesson.id(), lessonWhere, ids, problems);
                checkTitle(lesson.title(), lessonWhere, problems);
                if (lesson.estimatedMinutes() == null || lesson.estimatedMinutes() < 1) {
                    problems.add(lessonWhere + " needs estimatedMinutes of 1 or more");
                }
                if (lesson.file() == null || lesson.file().isBlank()) {
                    problems.add(lessonWhere + " has no file");
                    continue;
                }
                Map<String, String> text = new HashMap<>();
                for (String language : languages) {
                    String path = lesson.file() + "." + language + ".md";
                    Optional<byte[]> body = files.read(path);
                    if (body.isEmpty()) {
                        problems.add("lesson " + lesson.id() + " has no " + language + " text: " + path + " is missing");
                    } else {
                        digest.update(path.getBytes(StandardCharsets.UTF_8));
                        digest.update(body.get());
                        text.put(language, new String(body.get(), StandardCharsets.UTF_8));
                    }
                }
                bodies.put(lesson.id(), new Text(text));
            }
            if (module.quiz() != null) {
                parse(files, module.quiz(), PackageManifest.Quiz.class, problems, digest).ifPresent(quiz -> {
                    checkQuiz(module.quiz(), quiz, languages, ids, problems);
                    quizzes.put(module.id(), quiz);
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPackage(files.name(), problems);
        }
        return new CoursePackage(manifest, quizzes, bodies, HexFormat.of().formatHex(digest.digest()));
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

    private void checkQuiz(String file, PackageManifest.Quiz quiz, List<String> languages, Set<String> ids,
                           List<String> problems) {
        checkId(quiz.id(), file + ": quiz", ids, problems);
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
            String where = file + ": question " + q.id();
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

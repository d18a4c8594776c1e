package org.kasang;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label exists in English and Khmer, and no view holds text of its own. */
class I18nTest {

    private static final Path SOURCES = Path.of("src/main/java/org/kasang");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_CALL = Pattern.compile("getTranslation\\(\"([a-z0-9.\\-]+)\"");

    @Test
    void both_languages_have_the_same_keys_and_no_empty_values() throws IOException {
        Properties english = load("translations.properties");
        Properties khmer = load("translations_km.properties");

        assertThat(new TreeSet<>(khmer.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(khmer.stringPropertyNames()).allSatisfy(key -> assertThat(khmer.getProperty(key)).isNotBlank());
    }

    @Test
    void the_khmer_file_is_really_khmer() throws IOException {
        Properties khmer = load("translations_km.properties");
        long inKhmer = khmer.stringPropertyNames().stream()
                .filter(key -> khmer.getProperty(key).codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF)).count();
        assertThat(inKhmer).isGreaterThan(khmer.size() * 9L / 10);
    }

    @Test
    void every_key_a_view_asks_for_exists() throws IOException {
        Properties english = load("translations.properties");
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            Matcher m = KEY_CALL.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                boolean known = key.endsWith(".")
                        ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : english.containsKey(key);
                if (!known) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void views_hold_no_literal_text() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : uiFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("@")) {
                    continue;
                }
                Matcher m = LITERAL.matcher(line);
                while (m.find()) {
                    if (looksLikeText(m.group(1))) {
                        literals.add(file.getFileName() + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("user-visible text must come from vaadin-i18n").isEmpty();
    }

    /** Words a person reads: a capitalised word, two words, or any Khmer; not keys, classes or routes. */
    static boolean looksLikeText(String literal) {
        if (literal.codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF)) {
            return true;
        }
        if (literal.matches("[a-z0-9.\\-]+") || literal.matches("[a-z0-9\\-/:]*") || literal.matches("[a-z][A-Za-z0-9]*")) {
            return false; // translation keys, CSS classes, route paths and parameters
        }
        if (literal.matches("[a-z0-9\\- ]+")) {
            return false; // several CSS class names or theme names
        }
        if ((literal.contains(";") && literal.contains("(")) || literal.contains("$0")) {
            return false; // a line of JavaScript run in the browser
        }
        if (literal.startsWith("<") || literal.startsWith("%")) {
            return false; // markup wrappers and query patterns
        }
        return literal.matches(".*[A-Za-z]{2,}.*");
    }

    @Test
    void the_literal_check_catches_text() {
        assertThat(looksLikeText("Save")).isTrue();
        assertThat(looksLikeText("Mark as done")).isTrue();
        assertThat(looksLikeText("ចុះឈ្មោះ")).isTrue();
        assertThat(looksLikeText("learn.mark-done")).isFalse();
        assertThat(looksLikeText("kasang-card")).isFalse();
        assertThat(looksLikeText("badge pill success")).isFalse();
        assertThat(looksLikeText("learn/")).isFalse();
        assertThat(looksLikeText("courseId")).isFalse();
    }

    private static List<Path> uiFiles() throws IOException {
        return javaFiles(SOURCES).stream()
                .filter(p -> p.toString().contains("/ui/") || p.toString().contains("/shell/"))
                .toList();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = I18nTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

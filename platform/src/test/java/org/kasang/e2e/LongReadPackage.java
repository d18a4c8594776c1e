package org.kasang.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A course package with one text lesson of about 1,500 words, in English and Khmer, after a short one: the
 * lesson the "next lesson" budget is written for, which no bundled course has yet. Its text is budget
 * literacy's own lessons, one after another.
 */
final class LongReadPackage {

    static final String COURSE = "e2e-long-read";
    static final String SHORT = COURSE + "/before-the-long-read";
    static final String LONG = COURSE + "/long-read";
    static final String LONG_TITLE_EN = "The commune budget cycle in one long read";
    static final String LONG_TITLE_KM = "វដ្តថវិការបស់ឃុំ សង្កាត់ ក្នុងមេរៀនវែងតែមួយ";
    private static final String SOURCE = "/courses/budget-literacy/lessons/";
    private static final List<String> SOURCE_LESSONS = List.of("what-is-a-commune-budget", "commune-sangkat-fund",
            "budget-calendar", "reading-a-commune-budget", "taking-part-and-following-up", "asking-good-questions");

    private LongReadPackage() {
    }

    static byte[] zip(int words) {
        List<String> english = new ArrayList<>();
        List<String> khmer = new ArrayList<>();
        int count = 0;
        for (String lesson : SOURCE_LESSONS) {
            if (count >= words) {
                break;
            }
            // A text lesson: the source lessons' images stay behind.
            String text = withoutImages(read(SOURCE + lesson + ".en.md"));
            english.add(text);
            khmer.add(withoutImages(read(SOURCE + lesson + ".km.md")));
            count += text.split("\\s+").length;
        }
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            add(zip, "course.yaml", MANIFEST);
            add(zip, "lessons/before-the-long-read.en.md", "A short lesson before the long read.\n");
            add(zip, "lessons/before-the-long-read.km.md", "មេរៀនខ្លីមួយ មុនមេរៀនវែង។\n");
            add(zip, "lessons/long-read.en.md", String.join("\n\n", english));
            add(zip, "lessons/long-read.km.md", String.join("\n\n", khmer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String withoutImages(String markdown) {
        return markdown.replaceAll("(?m)^!\\[[^\\]]*]\\([^)]*\\)\\s*$", "");
    }

    private static void add(ZipOutputStream zip, String path, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(COURSE + "/" + path));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String read(String resource) {
        try (InputStream in = LongReadPackage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String MANIFEST = """
            id: %s
            version: 1
            languages: [en, km]
            title:
              en: "A long read (bandwidth measurement)"
              km: "ការអានវែង (ការវាស់ទិន្នន័យ)"
            summary:
              en: "One long text lesson, to measure what moving to the next lesson costs a learner on a phone."
              km: "មេរៀនអត្ថបទវែងមួយ ដើម្បីវាស់ទិន្នន័យដែលអ្នករៀនចំណាយ ពេលបន្តទៅមេរៀនបន្ទាប់នៅលើទូរស័ព្ទ។"
            topic: budget-literacy
            audience: cbo-members
            estimatedMinutes: 20
            completionRule: Completed
            modules:
              - id: reading
                title:
                  en: "Reading"
                  km: "ការអាន"
                lessons:
                  - id: before-the-long-read
                    title:
                      en: "Before the long read"
                      km: "មុនមេរៀនវែង"
                    file: lessons/before-the-long-read
                    estimatedMinutes: 1
                  - id: long-read
                    title:
                      en: "%s"
                      km: "%s"
                    file: lessons/long-read
                    estimatedMinutes: 15
            """.formatted(COURSE, LONG_TITLE_EN, LONG_TITLE_KM);
}

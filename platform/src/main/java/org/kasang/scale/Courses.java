package org.kasang.scale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic courses {@code gen-course-01…}, shaped like the bundled packages as the importer stores them: modules
 * with lessons (English and Khmer), a quiz after most modules, a pre-test paired with the final quiz in some
 * courses, a practical assignment with a template and rubric in every third course.
 */
final class Courses {

    static final byte LESSON = 0, QUIZ = 1, PRE_TEST = 2, ASSIGNMENT = 3;
    static final String COMPLETED = "Completed", COMPLETED_AND_PASSED = "CompletedAndPassed",
            COMPLETED_OR_PASSED = "CompletedOrPassed";
    static final String[] LEVELS = {"weak", "good", "strong"};
    static final String[] CRITERIA = {"evidence", "clarity", "next-step"};

    static final class Item {
        int index;
        byte type;
        String id;
        int module;
        int minutes;
        String titleEn, titleKm;
        int passMark;
        /** 0 for unlimited */
        int attemptsAllowed;
        String[] questions = new String[0];
        String[][] options;
        /** per question, a bit per correct option */
        int[] correct;
        String pairsWith;
        /** the item a learner resumes at after finishing this one: the next, or itself when it is the last */
        int next;
    }

    static final class Course {
        int index;
        String id;
        String rule;
        int topic;
        String titleEn, titleKm;
        final List<Item> items = new ArrayList<>();
        int modules;
        int lessons, quizzes;
        /** per module, its lessons' item indexes (what a facilitated session covers) */
        int[][] moduleLessons;
        /** how hard learners find it: the chance of leaving before each item */
        double dropOff;
        double popularity;

        boolean completedBy(int lessonsDone, int quizzesPassed) {
            boolean allLessons = lessonsDone == lessons;
            boolean allQuizzes = quizzesPassed == quizzes;
            return switch (rule) {
                case COMPLETED -> allLessons;
                case COMPLETED_OR_PASSED -> allLessons || allQuizzes;
                default -> allLessons && allQuizzes;
            };
        }

        /** Courses a coach can take a group through in facilitated sessions to the end: lessons alone complete them. */
        boolean facilitated() {
            return !rule.equals(COMPLETED_AND_PASSED);
        }

        Item assignment() {
            return items.stream().filter(i -> i.type == ASSIGNMENT).findFirst().orElse(null);
        }
    }

    private Courses() {
    }

    static List<Course> generate(int count, Seeds seeds) {
        List<Course> courses = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            courses.add(course(c, seeds.of(Seeds.COURSE, c)));
        }
        return courses;
    }

    static String courseId(int index) {
        return String.format("gen-course-%02d", index + 1);
    }

    private static Course course(int c, SplittableRandom random) {
        Course course = new Course();
        course.index = c;
        course.id = courseId(c);
        course.rule = switch (c % 10) {
            case 2, 5, 8 -> COMPLETED;
            case 9 -> COMPLETED_OR_PASSED;
            default -> COMPLETED_AND_PASSED;
        };
        course.topic = (c * 7) % Vocabulary.WORDS.length;
        int b = random.nextInt(Vocabulary.WORDS.length), d = random.nextInt(Vocabulary.WORDS.length);
        course.titleEn = Vocabulary.capitalised(Vocabulary.en(course.topic)) + " for CBOs: " + Vocabulary.en(b) + " and "
                + Vocabulary.en(d);
        course.titleKm = Vocabulary.km(course.topic) + " សម្រាប់អង្គការសហគមន៍៖ " + Vocabulary.km(b) + " និង" + Vocabulary.km(d);
        course.dropOff = 0.015 + random.nextDouble() * 0.02;
        course.popularity = 1 / Math.pow(c + 1, 0.7);
        course.modules = 4 + random.nextInt(3);
        course.moduleLessons = new int[course.modules][];
        boolean preTest = c % 5 == 1;
        for (int m = 0; m < course.modules; m++) {
            boolean last = m == course.modules - 1;
            if (m == 0 && preTest) {
                Item test = quiz(course, m, "pre-test", PRE_TEST, random);
                test.titleEn = "Before you start: " + Vocabulary.en(course.topic);
                test.titleKm = "មុនពេលចាប់ផ្ដើម៖ " + Vocabulary.km(course.topic);
            }
            int lessons = 3 + random.nextInt(3);
            course.moduleLessons[m] = new int[lessons];
            for (int l = 0; l < lessons; l++) {
                Item lesson = add(course, LESSON, course.id + "/m" + (m + 1) + "-l" + (l + 1), m);
                int a = random.nextInt(Vocabulary.WORDS.length), w = random.nextInt(Vocabulary.WORDS.length);
                lesson.titleEn = Vocabulary.capitalised(Vocabulary.en(a)) + " and " + Vocabulary.en(w);
                lesson.titleKm = Vocabulary.km(a) + " និង" + Vocabulary.km(w);
                lesson.minutes = 5 + random.nextInt(8);
                course.moduleLessons[m][l] = lesson.index;
                course.lessons++;
            }
            if (last || random.nextInt(4) > 0) {
                Item quiz = quiz(course, m, last ? "quiz-final" : "quiz-m" + (m + 1), QUIZ, random);
                quiz.titleEn = "Check what you know: " + Vocabulary.en(course.topic + m);
                quiz.titleKm = "ពិនិត្យចំណេះដឹងរបស់អ្នក៖ " + Vocabulary.km(course.topic + m);
                course.quizzes++;
                if (last && preTest) {
                    quiz.pairsWith = course.id + "/pre-test";
                }
            }
            if (last && c % 3 == 0) {
                Item work = add(course, ASSIGNMENT, course.id + "/assignment-" + (m + 1), m);
                work.titleEn = "Practical work: " + Vocabulary.en(course.topic);
                work.titleKm = "កិច្ចការអនុវត្ត៖ " + Vocabulary.km(course.topic);
            }
        }
        for (Item item : course.items) {
            item.next = item.index + 1 < course.items.size() ? item.index + 1 : item.index;
        }
        return course;
    }

    private static Item add(Course course, byte type, String id, int module) {
        Item item = new Item();
        item.index = course.items.size();
        item.type = type;
        item.id = id;
        item.module = module;
        course.items.add(item);
        return item;
    }

    private static Item quiz(Course course, int module, String name, byte type, SplittableRandom random) {
        Item quiz = add(course, type, course.id + "/" + name, module);
        quiz.passMark = type == PRE_TEST ? 70 : 60 + 10 * random.nextInt(3);
        quiz.attemptsAllowed = type == PRE_TEST ? 1 : random.nextInt(3) == 0 ? 3 : 0;
        int questions = 4 + random.nextInt(3);
        quiz.questions = new String[questions];
        quiz.options = new String[questions][];
        quiz.correct = new int[questions];
        for (int q = 0; q < questions; q++) {
            quiz.questions[q] = quiz.id + "/q" + (q + 1);
            int kind = q % 3;
            int options = kind == 2 ? 2 : 4;
            quiz.options[q] = new String[options];
            for (int o = 0; o < options; o++) {
                quiz.options[q][o] = quiz.questions[q] + "/" + (char) ('a' + o);
            }
            int first = random.nextInt(options);
            quiz.correct[q] = kind == 1 ? (1 << first) | (1 << ((first + 1 + random.nextInt(options - 1)) % options))
                    : 1 << first;
        }
        return quiz;
    }

    static String kind(Item quiz, int question) {
        return switch (question % 3) {
            case 0 -> "SINGLE";
            case 1 -> "MULTIPLE";
            default -> "TRUE_FALSE";
        };
    }

    /** Writes the courses into the catalogue tables, as an import of their packages would. */
    static void write(Connection connection, List<Course> courses, long importedAt, Report report) throws SQLException {
        try (Copy c = new Copy(connection, "course", "id, version, content_hash, languages, title, summary, topic, audience, "
                + "estimated_minutes, completion_rule, published, imported_at, translation_notes")) {
            for (Course course : courses) {
                int minutes = course.items.stream().mapToInt(i -> i.type == LESSON ? i.minutes : 5).sum();
                c.add(course.id).add(1).add(sha256(course.id + ":" + course.titleEn)).add("en,km")
                        .add(Json.text(course.titleEn, course.titleKm))
                        .add(Json.text("Learn about " + Vocabulary.en(course.topic) + " and how your CBO can act on it.",
                                "ស្វែងយល់អំពី" + Vocabulary.km(course.topic) + " និងរបៀបដែលអង្គការសហគមន៍របស់អ្នកអាចធ្វើសកម្មភាព។"))
                        .add(Vocabulary.en(course.topic).replace(' ', '-')).add("cbo-members").add(minutes)
                        .add(course.rule).add(true).timestamp(importedAt).add("{}");
                c.row();
            }
            report.rows("course", c.finish());
        }
        try (Copy c = new Copy(connection, "course_module", "id, course_id, position, title, retired")) {
            for (Course course : courses) {
                for (int m = 0; m < course.modules; m++) {
                    int w = course.topic + 3 * m + 1;
                    c.add(course.id + "/m" + (m + 1)).add(course.id).add(m + 1)
                            .add(Json.text("Part " + (m + 1) + ": " + Vocabulary.capitalised(Vocabulary.en(w)),
                                    "ផ្នែកទី" + Vocabulary.khmerNumber(m + 1) + "៖ " + Vocabulary.km(w)))
                            .add(false);
                    c.row();
                }
            }
            report.rows("course_module", c.finish());
        }
        lessons(connection, courses, report);
        quizzes(connection, courses, report);
        assignments(connection, courses, report);
    }

    private static void lessons(Connection connection, List<Course> courses, Report report) throws SQLException {
        try (Copy c = new Copy(connection, "lesson", "id, course_id, module_id, position, title, body, estimated_minutes, "
                + "retired, source_file")) {
            for (Course course : courses) {
                SplittableRandom random = new SplittableRandom(Seeds.mix(course.index + 1000));
                for (Item item : course.items) {
                    if (item.type == LESSON) {
                        String[] body = Vocabulary.lessonBody(random, course.topic + item.index);
                        c.add(item.id).add(course.id).add(course.id + "/m" + (item.module + 1)).add(item.index + 1)
                                .add(Json.text(item.titleEn, item.titleKm))
                                .add(Json.text("# " + item.titleEn + "\n\n" + body[0], "# " + item.titleKm + "\n\n" + body[1]))
                                .add(item.minutes).add(false).add("lessons/" + item.id.substring(course.id.length() + 1));
                        c.row();
                    }
                }
            }
            report.rows("lesson", c.finish());
        }
    }

    private static void quizzes(Connection connection, List<Course> courses, Report report) throws SQLException {
        try (Copy c = new Copy(connection, "quiz", "id, course_id, module_id, position, title, pass_mark, attempts_allowed, "
                + "retired, role, pairs_with, source_file")) {
            for (Course course : courses) {
                for (Item item : course.items) {
                    if (item.type == QUIZ || item.type == PRE_TEST) {
                        c.add(item.id).add(course.id).add(course.id + "/m" + (item.module + 1)).add(item.index + 1)
                                .add(Json.text(item.titleEn, item.titleKm)).add(item.passMark);
                        if (item.attemptsAllowed == 0) {
                            c.nil();
                        } else {
                            c.add(item.attemptsAllowed);
                        }
                        c.add(false).add(item.type == PRE_TEST ? "PRE_TEST" : "QUIZ").add(item.pairsWith)
                                .add(item.id.substring(course.id.length() + 1) + ".yaml");
                        c.row();
                    }
                }
            }
            report.rows("quiz", c.finish());
        }
        try (Copy c = new Copy(connection, "question", "id, quiz_id, position, kind, prompt, retired")) {
            for (Course course : courses) {
                for (Item item : course.items) {
                    for (int q = 0; q < item.questions.length; q++) {
                        int w = course.topic + item.index + q;
                        String kind = kind(item, q);
                        String en = switch (kind) {
                            case "SINGLE" -> "Who decides on the " + Vocabulary.en(w) + "?";
                            case "MULTIPLE" -> "Which of these are part of " + Vocabulary.en(w) + "? Choose all that apply.";
                            default -> "A CBO may ask for a copy of the " + Vocabulary.en(w) + ".";
                        };
                        String km = switch (kind) {
                            case "SINGLE" -> "តើនរណាជាអ្នកសម្រេចលើ" + Vocabulary.km(w) + "?";
                            case "MULTIPLE" -> "តើមួយណាខ្លះជាផ្នែកនៃ" + Vocabulary.km(w) + "? សូមជ្រើសរើសទាំងអស់ដែលត្រឹមត្រូវ។";
                            default -> "អង្គការសហគមន៍អាចស្នើសុំច្បាប់ចម្លង" + Vocabulary.km(w) + "បាន។";
                        };
                        c.add(item.questions[q]).add(item.id).add(q + 1).add(kind).add(Json.text(en, km)).add(false);
                        c.row();
                    }
                }
            }
            report.rows("question", c.finish());
        }
        try (Copy c = new Copy(connection, "question_option", "id, question_id, position, text, correct, feedback, retired")) {
            for (Course course : courses) {
                for (Item item : course.items) {
                    for (int q = 0; q < item.questions.length; q++) {
                        boolean trueFalse = item.options[q].length == 2;
                        for (int o = 0; o < item.options[q].length; o++) {
                            int w = course.topic + item.index * 3 + q * 5 + o;
                            boolean correct = (item.correct[q] & (1 << o)) != 0;
                            String text = trueFalse ? (o == 0 ? Json.text("True", "ពិត") : Json.text("False", "មិនពិត"))
                                    : Json.text("The " + Vocabulary.en(w), Vocabulary.km(w));
                            c.add(item.options[q][o]).add(item.questions[q]).add(o + 1).add(text).add(correct)
                                    .add(correct ? Json.text("Right.", "ត្រឹមត្រូវ។") : "{}").add(false);
                            c.row();
                        }
                    }
                }
            }
            report.rows("question_option", c.finish());
        }
    }

    private static void assignments(Connection connection, List<Course> courses, Report report) throws SQLException {
        try (Copy c = new Copy(connection, "assignment", "id, course_id, module_id, position, title, instructions, fields, "
                + "rubric, retired, source_file")) {
            for (Course course : courses) {
                Item item = course.assignment();
                if (item == null) {
                    continue;
                }
                String topicEn = Vocabulary.en(course.topic), topicKm = Vocabulary.km(course.topic);
                c.add(item.id).add(course.id).add(course.id + "/m" + (item.module + 1)).add(item.index + 1)
                        .add(Json.text(item.titleEn, item.titleKm))
                        .add(Json.text("Meet with two or three members and find out how your commune handles " + topicEn
                                        + ". Fill in the form and send it to your coach.\n\n1. **Ask** at the commune office.\n"
                                        + "2. **Write** what you found.\n3. **Choose** a next step.",
                                "សូមជួបជាមួយសមាជិកពីរ ឬបីនាក់ ហើយស្វែងយល់ពីរបៀបដែលឃុំរបស់អ្នកគ្រប់គ្រង" + topicKm
                                        + "។ សូមបំពេញទម្រង់ ហើយផ្ញើទៅគ្រូបង្វឹករបស់អ្នក។\n\n1. **សួរ** នៅការិយាល័យឃុំ។\n"
                                        + "2. **សរសេរ** អ្វីដែលអ្នកបានរកឃើញ។\n3. **ជ្រើសរើស** ជំហានបន្ទាប់។"))
                        .add(fields(topicEn, topicKm)).add(rubric()).add(false)
                        .add(item.id.substring(course.id.length() + 1) + ".yaml");
                c.row();
            }
            report.rows("assignment", c.finish());
        }
    }

    private static String fields(String topicEn, String topicKm) {
        return "[" + field("place", "text", Json.text("Which commune or sangkat?", "ឃុំ ឬសង្កាត់ណា?"), null) + ", "
                + field("members", "number", Json.text("How many members took part?", "តើមានសមាជិកប៉ុន្មាននាក់បានចូលរួម?"), null)
                + ", " + field("findings", "long-text", Json.text("What did you find out about " + topicEn + "?",
                "តើអ្នកបានរកឃើញអ្វីខ្លះអំពី" + topicKm + "?"), null) + ", "
                + field("next-step", "choice", Json.text("What will your CBO do next?", "តើអង្គការសហគមន៍របស់អ្នកនឹងធ្វើអ្វីបន្ទាប់?"),
                "[" + choice("letter", "Write a letter", "សរសេរលិខិត") + ", "
                        + choice("meeting", "Ask for a meeting", "ស្នើសុំកិច្ចប្រជុំ") + ", "
                        + choice("forum", "Speak at the public forum", "និយាយនៅវេទិកាសាធារណៈ") + "]") + "]";
    }

    private static String field(String id, String kind, String label, String options) {
        return Json.object("id", Json.string(id), "kind", Json.string(kind), "label", label, "help", "null",
                "required", "true", "options", options == null ? "null" : options);
    }

    private static String choice(String id, String en, String km) {
        return Json.object("id", Json.string(id), "label", Json.text(en, km));
    }

    private static String rubric() {
        String[][] levels = {{"Weak", "ខ្សោយ"}, {"Good", "ល្អ"}, {"Strong", "ល្អណាស់"}};
        String[][] criteria = {{"Uses real figures", "ប្រើតួលេខពិត"}, {"Clear and complete", "ច្បាស់លាស់ និងពេញលេញ"},
                {"A realistic next step", "ជំហានបន្ទាប់ដែលអាចធ្វើបាន"}};
        StringBuilder out = new StringBuilder("{\"levels\": [");
        for (int l = 0; l < LEVELS.length; l++) {
            out.append(l == 0 ? "" : ", ").append(Json.object("id", Json.string(LEVELS[l]), "points", String.valueOf(l + 1),
                    "label", Json.text(levels[l][0], levels[l][1])));
        }
        out.append("], \"criteria\": [");
        for (int k = 0; k < CRITERIA.length; k++) {
            out.append(k == 0 ? "" : ", ").append(Json.object("id", Json.string(CRITERIA[k]),
                    "title", Json.text(criteria[k][0], criteria[k][1]),
                    "descriptors", Json.object(LEVELS[0], Json.text("Not yet", "មិនទាន់"), LEVELS[1],
                            Json.text("Mostly", "ភាគច្រើន"), LEVELS[2], Json.text("Fully", "ពេញលេញ"))));
        }
        return out.append("]}").toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

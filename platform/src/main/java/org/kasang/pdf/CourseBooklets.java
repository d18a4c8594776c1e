package org.kasang.pdf;

import org.kasang.catalogue.AssignmentPaper;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.CourseSummary;
import org.kasang.catalogue.ItemType;
import org.kasang.catalogue.LessonPage;
import org.kasang.catalogue.QuizPaper;
import org.kasang.documents.AttachmentService;
import org.kasang.pdf.internal.Booklet;
import org.kasang.pdf.internal.Fonts;
import org.kasang.pdf.internal.HtmlBlocks;
import org.kasang.pdf.internal.Labels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A published course as one PDF to study offline: its lessons with their images, its quizzes as questions
 * with boxes to tick (never the answers: the catalogue's quiz paper holds none) and its assignments with
 * room to write. Read through the catalogue like any learner's screen; course content is not personal.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CourseBooklets {

    private final CatalogueService catalogue;
    private final AttachmentService attachments;

    CourseBooklets(CatalogueService catalogue, AttachmentService attachments) {
        this.catalogue = catalogue;
        this.attachments = attachments;
    }

    /** @throws NoSuchElementException when no published course has this id */
    public byte[] booklet(String courseId, Locale locale) {
        if (catalogue.publishedCourses().stream().noneMatch(course -> course.id().equals(courseId))) {
            throw new NoSuchElementException(courseId);
        }
        CourseSummary course = catalogue.course(courseId);
        CourseOutline outline = catalogue.outline(courseId);
        try (Booklet booklet = new Booklet(Fonts.bundled(), Labels.of(locale), course.title().in(locale),
                src -> image(courseId, src))) {
            booklet.cover(course.summary().in(locale), course.estimatedMinutes(),
                    outline.modules().stream().map(module -> module.title().in(locale)).toList());
            int number = 1;
            for (CourseOutline.Module module : outline.modules()) {
                booklet.module(number++, module.title().in(locale));
                for (CourseOutline.Item item : module.items()) {
                    add(booklet, item, locale);
                }
            }
            return booklet.toBytes();
        }
    }

    private void add(Booklet booklet, CourseOutline.Item item, Locale locale) {
        switch (item.type()) {
            case LESSON -> {
                LessonPage lesson = catalogue.lesson(item.id(), locale);
                booklet.lesson(lesson.title().in(locale), lesson.estimatedMinutes(), lesson.html());
            }
            case QUIZ, PRE_TEST -> {
                QuizPaper quiz = catalogue.quiz(item.id());
                booklet.quiz(item.type() == ItemType.PRE_TEST, quiz.title().in(locale), quiz.questions().stream()
                        .map(q -> new Booklet.Question(q.prompt().in(locale),
                                q.options().stream().map(o -> o.text().in(locale)).toList()))
                        .toList());
            }
            case ASSIGNMENT -> {
                AssignmentPaper paper = catalogue.assignment(item.id(), locale);
                booklet.assignment(paper.title().in(locale), paper.instructionsHtml(), paper.fields().stream()
                        .map(f -> new Booklet.Field(f.kind(), f.label().in(locale), f.help() == null ? "" : f.help().in(locale),
                                f.options().stream().map(c -> c.label().in(locale)).toList()))
                        .toList());
            }
        }
    }

    /** A lesson image's bytes: only the course's own files, as the catalogue's HTML names them. */
    private Optional<byte[]> image(String courseId, String src) {
        String prefix = LessonPage.filesUrl(courseId);
        String path = src.startsWith("/") ? src.substring(1) : src;
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        path = path.substring(prefix.length()).replaceAll("[?#].*$", "");
        if (path.contains("%")) {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        return attachments.content(courseId, path);
    }
}

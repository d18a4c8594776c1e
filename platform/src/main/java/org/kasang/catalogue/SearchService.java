package org.kasang.catalogue;

import org.kasang.catalogue.internal.CourseRepository;
import org.kasang.catalogue.internal.LessonSearch;
import org.kasang.documents.AttachmentService;
import org.kasang.documents.TextMatch;
import org.kasang.security.CurrentUser;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/** Finds lessons by words in their title or text, English or Khmer, best match first. */
@Service
public class SearchService {

    /** One letter matches nearly every lesson and no trigram index can narrow it. */
    public static final int SHORTEST_QUERY = 2;

    private final LessonSearch lessons;
    private final AttachmentService attachments;
    private final CourseRepository courses;
    private final CurrentUser currentUser;

    SearchService(LessonSearch lessons, AttachmentService attachments, CourseRepository courses, CurrentUser currentUser) {
        this.lessons = lessons;
        this.attachments = attachments;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    /** Handouts whose text holds the words, in the courses the reader may see; a few, best first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TextMatch> searchHandouts(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.codePointCount(0, query.length()) < SHORTEST_QUERY) {
            return List.of();
        }
        SignedInUser user = currentUser.require();
        boolean unpublishedToo = user.has(Role.TRAINER) || user.has(Role.ADMIN);
        var visible = (unpublishedToo ? courses.findAll() : courses.published()).stream()
                .map(org.kasang.catalogue.internal.CourseEntity::getId).toList();
        return attachments.search(query, visible, limit);
    }

    /** @param locale the reader's language, in which the snippet is preferably taken */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<SearchHit> search(String text, Locale locale, Pageable page) {
        String query = text == null ? "" : text.strip();
        if (query.codePointCount(0, query.length()) < SHORTEST_QUERY) {
            return new SliceImpl<>(List.of(), page, false);
        }
        SignedInUser user = currentUser.require();
        // Trainers and admins look for lessons while they prepare courses that are not published yet.
        boolean unpublishedToo = user.has(Role.TRAINER) || user.has(Role.ADMIN);
        return lessons.search(query, locale, unpublishedToo, page);
    }
}

package org.kasang.documents;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.concurrent.TimeUnit;

/**
 * Serves a course's files (lesson images, handouts, audio) to signed-in users at
 * {@code /course-files/<course>/<path in the package>}: what is shown as learners' content.
 */
@Controller
class CourseFiles {

    private static final String PREFIX = "/course-files/";

    private final AttachmentService attachments;

    CourseFiles(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping(PREFIX + "{courseId}/**")
    ResponseEntity<byte[]> file(@PathVariable String courseId, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length()
                + courseId.length() + 1);
        return attachments.find(courseId, path)
                .flatMap(attachment -> attachments.content(courseId, path).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(attachment.mediaType()))
                        .eTag(attachment.sha256())
                        .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate())
                        .header(HttpHeaders.CONTENT_DISPOSITION, (attachment.mediaType().startsWith("image/")
                                ? ContentDisposition.inline() : ContentDisposition.attachment())
                                .filename(attachment.fileName()).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes)))
                .orElse(ResponseEntity.notFound().build());
    }
}

package org.kasang.documents;

import org.kasang.common.InvalidInput;
import org.kasang.documents.internal.AttachmentRows;
import org.kasang.documents.internal.FileInspector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Files of courses. What a file is comes from its bytes, never its name or the browser's claim; a file
 * that is not allowed, does not match its extension, is too large or cannot be read is refused with a
 * message naming it, and nothing of it is kept.
 */
@Service
public class AttachmentService {

    private final AttachmentRows rows;
    private final FileInspector inspector;
    private final Clock clock;
    private final long maxDocumentBytes;
    private final long maxImageBytes;
    private final long maxAudioBytes;

    AttachmentService(AttachmentRows rows, FileInspector inspector, Clock clock,
                      @Value("${kasang.attachments.max-document-kb:10240}") long maxDocumentKb,
                      @Value("${kasang.attachments.max-image-kb:200}") long maxImageKb,
                      @Value("${kasang.attachments.max-audio-kb:20480}") long maxAudioKb) {
        this.rows = rows;
        this.inspector = inspector;
        this.clock = clock;
        this.maxDocumentBytes = maxDocumentKb * 1024;
        this.maxImageBytes = maxImageKb * 1024;
        this.maxAudioBytes = maxAudioKb * 1024;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public Attachment store(String courseId, String path, byte[] bytes) {
        Checked checked = check(path, bytes);
        String sha256 = sha256(bytes);
        long id = rows.save(courseId, path, checked.mediaType(), bytes, sha256, checked.text(), clock.instant());
        return new Attachment(id, courseId, path, checked.mediaType(), bytes.length, sha256);
    }

    /** A file that passed the checks: its type from the bytes, and its text for documents. */
    public record Checked(String mediaType, String text) {
    }

    /**
     * Checks a file as {@link #store} does, without keeping it: for a draft that will be stored on publishing,
     * or a learner's file that another feature keeps. It keeps nothing, so any signed-in user may call it.
     */
    @PreAuthorize("isAuthenticated()")
    public Checked check(String path, byte[] bytes) {
        return check(path, bytes, maxImageBytes);
    }

    /**
     * Checks a file with a different limit for images: a photo a learner takes of their CBO's problem tree is
     * larger than the images a course ships, which every learner downloads.
     */
    @PreAuthorize("isAuthenticated()")
    public Checked check(String path, byte[] bytes, long imageLimitBytes) {
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (path == null || path.isBlank() || path.contains("..") || path.startsWith("/") || path.length() > 300) {
            throw new InvalidInput("attachment.error.path", name);
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        AttachmentKind kind = AttachmentKind.ofExtension(extension);
        if (kind == null) {
            throw new InvalidInput("attachment.error.not-allowed", name);
        }
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("attachment.error.empty", name);
        }
        long limit = switch (kind) {
            case DOCUMENT -> maxDocumentBytes;
            case IMAGE -> imageLimitBytes;
            case AUDIO -> maxAudioBytes;
        };
        if (bytes.length > limit) {
            throw new InvalidInput("attachment.error.too-large", name, limit / 1024);
        }
        String detected = inspector.detect(bytes);
        if (!kind.allows(detected)) {
            throw new InvalidInput("attachment.error.not-allowed", name);
        }
        if (!kind.matches(detected, extension)) {
            throw new InvalidInput("attachment.error.mismatch", name);
        }
        String text = null;
        if (kind == AttachmentKind.DOCUMENT) {
            if (detected.equals("application/pdf") && !inspector.pdfIsComplete(bytes)) {
                throw new InvalidInput("attachment.error.damaged", name);
            }
            text = inspector.extractText(bytes).orElseThrow(() -> new InvalidInput("attachment.error.damaged", name));
        }
        return new Checked(detected, text);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Attachment> find(String courseId, String path) {
        return rows.find(courseId, path);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> content(String courseId, String path) {
        return rows.content(courseId, path);
    }

    /** The size in bytes of each of a course's files, by package path: what a learner would download. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<String, Integer> sizes(String courseId) {
        return rows.sizes(courseId);
    }

    /** Documents of the given courses whose text holds the query, best match first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TextMatch> search(String query, java.util.Collection<String> courseIds, int limit) {
        return rows.withText(query, courseIds, limit);
    }

    /** The text found in a document, for search. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> text(String courseId, String path) {
        return rows.text(courseId, path);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

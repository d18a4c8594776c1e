package org.kasang.documents;

import java.util.Map;
import java.util.Set;

/** What may be attached: each allowed media type, as detected from the bytes, with its file extensions. */
public enum AttachmentKind {
    DOCUMENT(Map.of(
            "application/pdf", Set.of("pdf"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
            "application/vnd.oasis.opendocument.text", Set.of("odt"),
            "application/vnd.oasis.opendocument.spreadsheet", Set.of("ods"),
            "text/plain", Set.of("txt"))),
    IMAGE(Map.of(
            "image/jpeg", Set.of("jpg", "jpeg"),
            "image/png", Set.of("png"),
            "image/webp", Set.of("webp"))),
    AUDIO(Map.of(
            "audio/mpeg", Set.of("mp3"),
            "audio/mp4", Set.of("m4a"),
            "audio/x-m4a", Set.of("m4a"),
            "audio/aac", Set.of("aac"),
            "audio/ogg", Set.of("ogg"),
            "audio/vorbis", Set.of("ogg"),
            "audio/opus", Set.of("ogg")));

    private final Map<String, Set<String>> extensionsByType;

    AttachmentKind(Map<String, Set<String>> extensionsByType) {
        this.extensionsByType = extensionsByType;
    }

    public boolean allows(String mediaType) {
        return extensionsByType.containsKey(mediaType);
    }

    public boolean matches(String mediaType, String extension) {
        return extensionsByType.getOrDefault(mediaType, Set.of()).contains(extension);
    }

    public static AttachmentKind ofExtension(String extension) {
        for (AttachmentKind kind : values()) {
            if (kind.extensionsByType.values().stream().anyMatch(e -> e.contains(extension))) {
                return kind;
            }
        }
        return null;
    }
}

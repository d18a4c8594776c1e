package org.kasang.documents;

/** A file that belongs to a course: a handout, an image or a lesson's audio. */
public record Attachment(long id, String courseId, String path, String mediaType, int sizeBytes, String sha256) {

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

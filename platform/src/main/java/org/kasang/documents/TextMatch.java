package org.kasang.documents;

/** A document whose extracted text holds the words searched for, with the text around them. */
public record TextMatch(String courseId, String path, String snippet) {

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

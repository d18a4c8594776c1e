package org.kasang.assignments;

import java.time.Instant;

/** A file attached to a submission; its media type was detected from its bytes. */
public record SubmissionFile(long id, String name, String mediaType, int sizeBytes, String sha256, Instant attachedAt) {
}

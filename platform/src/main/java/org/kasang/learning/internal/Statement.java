package org.kasang.learning.internal;

import org.kasang.learning.Mode;
import org.kasang.learning.Verb;

import java.time.Instant;

/** One xAPI-shaped learning record: actor, verb, object, result and context. */
public record Statement(String idempotencyKey, long personId, Verb verb, String objectType, String objectId,
                        String courseId, int courseVersion, Double scoreScaled, Boolean success,
                        Boolean completion, String responseJson, Long cboId, Mode mode, Long sessionId,
                        Long recordedBy, Instant occurredAt) {
}

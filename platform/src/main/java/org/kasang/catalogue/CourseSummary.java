package org.kasang.catalogue;

/** A published course as catalogues list it. */
public record CourseSummary(String id, int version, Text title, Text summary, String topic, int estimatedMinutes,
                            String languages) {
}

package org.kasang.assignments;

/** A submission's file to download. */
public record FileContent(String name, String mediaType, byte[] bytes) {
}

package org.kasang.catalogue.internal;

import org.kasang.catalogue.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * What opening a lesson costs a learner on a metered connection: its text as the server sends it
 * (compressed, as HTTP compression is on), and the images it shows, which load only when seen or tapped.
 */
public final class DownloadSizes {

    private DownloadSizes() {
    }

    /** language → compressed size of the lesson's text in that language */
    public static Map<String, Integer> text(Text body) {
        Map<String, Integer> sizes = new HashMap<>();
        body.values().forEach((language, markdown) -> sizes.put(language, gzipped(markdown)));
        return sizes;
    }

    /** language → total size of the course files the lesson's text shows as images in that language */
    public static Map<String, Integer> media(Text body, Map<String, Integer> fileSizes) {
        Map<String, Integer> sizes = new HashMap<>();
        body.values().forEach((language, markdown) -> sizes.put(language, MarkdownRenderer.imagesIn(markdown).stream()
                .distinct().mapToInt(path -> fileSizes.getOrDefault(path, 0)).sum()));
        return sizes;
    }

    static int gzipped(String text) {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }
}

package org.kasang.documents.internal;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tika, on the bytes only: the type is detected without the file's name or the browser's claim, and the
 * text of documents is extracted (which also proves the document is whole and not a bomb).
 */
@Component
public class FileInspector {

    /** Characters of text kept for search; a handout is not a book. */
    static final int TEXT_LIMIT = 200_000;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final AutoDetectParser parser = new AutoDetectParser();

    public String detect(byte[] bytes) {
        try (var in = new ByteArrayInputStream(bytes)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the document's text, or empty when it cannot be read (damaged, truncated, a bomb) */
    public Optional<String> extractText(byte[] bytes) {
        var handler = new BodyContentHandler(TEXT_LIMIT);
        try (var in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
            return Optional.of(handler.toString());
        } catch (IOException | SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Optional.of(handler.toString());
            }
            return Optional.empty();
        }
    }

    /** A PDF ends with %%EOF; one cut off in transfer does not, even when a lenient parser reads it. */
    public boolean pdfIsComplete(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}

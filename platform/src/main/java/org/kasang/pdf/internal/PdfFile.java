package org.kasang.pdf.internal;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PDF being written: its pages, and the bundled fonts embedded as Type 0 fonts addressed by glyph id
 * (Identity-H), so shaped text stays text. Each font keeps only the glyphs the pages use.
 */
public final class PdfFile implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    private final Fonts fonts;
    private final Map<Typeface, PDType0Font> embedded = new EnumMap<>(Typeface.class);
    private final Map<Typeface, Set<Integer>> used = new EnumMap<>(Typeface.class);
    private final Map<String, Optional<PDImageXObject>> images = new HashMap<>();
    private final List<PageCanvas> pages = new ArrayList<>();

    public PdfFile(Fonts fonts, String title, Locale language) {
        this.fonts = fonts;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Kasang");
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    public PageCanvas newPage(PDRectangle size) {
        PDPage page = new PDPage(size);
        page.setResources(new PDResources());
        document.addPage(page);
        PageCanvas canvas = new PageCanvas(this, page);
        pages.add(canvas);
        return canvas;
    }

    public List<PageCanvas> pages() {
        return pages;
    }

    /** The image, once per file however often it is drawn; empty when its bytes are not an image PDFBox reads. */
    public Optional<PDImageXObject> image(String key, byte[] bytes) {
        return images.computeIfAbsent(key, k -> {
            try {
                return Optional.of(PDImageXObject.createFromByteArray(document, bytes, k));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    public byte[] toBytes() {
        try {
            for (PageCanvas page : pages) {
                page.finish(document);
            }
            // Fonts register for subsetting only through PDPageContentStream.setFont, which text by glyph id bypasses.
            for (var font : embedded.entrySet()) {
                font.getValue().addGlyphsToSubset(used.get(font.getKey()));
                font.getValue().subset();
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font font(Typeface face, int[] glyphs) {
        PDType0Font font = embedded.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(document, new RandomAccessReadBuffer(fonts.file(f)), true, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Set<Integer> glyphsOfFace = used.computeIfAbsent(face, f -> new HashSet<>());
        for (int glyph : glyphs) {
            glyphsOfFace.add(glyph);
        }
        return font;
    }

    int width(Typeface face, int glyph) {
        return fonts.width(face, glyph);
    }
}

package org.kasang.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF carries its fonts, cut to the glyphs it uses: it must not look right only where Noto is installed. */
final class EmbeddedFonts {

    private EmbeddedFonts() {
    }

    static void assertEmbeddedSubsets(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
            assertThat(font.getName()).as("a subset's name has a tag").matches("[A-Z]{6}\\+Noto.*");
        });
    }
}

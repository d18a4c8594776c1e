package org.kasang.catalogue.internal;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

import java.util.List;

/** Lesson Markdown to HTML that is safe to show: whatever a package holds, no script reaches a browser. */
@Component
public class MarkdownRenderer {

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
    private final Safelist safelist = Safelist.relaxed().removeTags("img");
    private final Safelist withImages = Safelist.relaxed().addAttributes("img", "loading").preserveRelativeLinks(true);

    /** Lesson HTML without images: for previews that have no course to serve them from. */
    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, safelist);
    }

    /**
     * Lesson HTML whose images are the course's own files ({@code images/x.jpg} in the package), served from
     * {@code filesUrl}, loaded lazily; images from anywhere else are dropped (bandwidth, privacy).
     */
    public String toSafeHtml(String markdown, String filesUrl) {
        var document = Jsoup.parseBodyFragment(renderer.render(parser.parse(markdown == null ? "" : markdown)));
        for (var image : document.select("img")) {
            String src = image.attr("src");
            if (src.startsWith("images/") && !src.contains("..") && !src.contains(":")) {
                image.attr("src", filesUrl + src);
                image.attr("loading", "lazy");
            } else {
                image.remove();
            }
        }
        // Relative links are judged against a base that resolves them, and kept relative.
        return Jsoup.clean(document.body().html(), "https://kasang.invalid/", withImages);
    }

    /** The package paths of the images a lesson's Markdown shows. */
    public static List<String> imagesIn(String markdown) {
        var matcher = IMAGE.matcher(markdown == null ? "" : markdown);
        var paths = new java.util.ArrayList<String>();
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        return paths;
    }

    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("!\\[[^\\]]*]\\((images/[^)\\s]+)\\)");
}

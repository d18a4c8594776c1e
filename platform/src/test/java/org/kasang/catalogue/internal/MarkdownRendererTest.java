package org.kasang.catalogue.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lesson text from any package reaches the browser as safe HTML. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void headings_lists_and_tables_render() {
        String html = renderer.toSafeHtml("""
                ## The budget calendar

                - Plan
                - Budget

                | Month | Step |
                |---|---|
                | July | Draft budget |
                """);
        assertThat(html).contains("<h2>The budget calendar</h2>", "<li>Plan</li>", "<table>", "<td>Draft budget</td>");
    }

    @Test
    void scripts_event_handlers_and_javascript_links_never_pass() {
        String html = renderer.toSafeHtml("""
                <script>alert('x')</script>

                <img src=x onerror="alert(1)">

                [click](javascript:alert(1)) and <a href="javascript:alert(2)" onclick="alert(3)">this</a>
                """);
        // Raw HTML is shown as text, and the Markdown link loses its javascript: target.
        assertThat(html).doesNotContain("<script", "<img", "<a href=\"javascript", "onclick=\"alert(3)\">this")
                .contains("&lt;script&gt;", "<a>click</a>");
    }
}

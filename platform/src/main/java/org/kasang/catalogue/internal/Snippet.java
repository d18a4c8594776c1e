package org.kasang.catalogue.internal;

import org.kasang.catalogue.Text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A few words of a lesson around where the query first occurs, as plain text a reader sees. */
final class Snippet {

    static final int LENGTH = 120;
    private static final int WORD_SEARCH = 15;
    private static final String MORE = "…";
    private static final char KHMER_COENG = '\u17D2';

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}[-|: ]*$");
    private static final Pattern LINE_MARK = Pattern.compile("(?m)^\\s*(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern EMPHASIS = Pattern.compile("[*`~|]+|(?<!\\w)_+|_+(?!\\w)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Snippet() {
    }

    /** From the reader's language if the query occurs there, else from the language where it does. */
    static String of(Text body, String query, Locale locale) {
        List<String> languages = new ArrayList<>(List.of(locale.getLanguage()));
        body.values().keySet().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
        Pattern pattern = Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String language : languages) {
            String plain = plain(body.values().get(language));
            Matcher match = pattern.matcher(plain);
            if (match.find()) {
                return around(plain, match.start(), match.end());
            }
        }
        // Only the title matched, or Markdown split the words: the lesson's opening says what it is about.
        return around(plain(body.in(locale)), 0, 0);
    }

    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = IMAGE_OR_LINK.matcher(markdown).replaceAll("$1");
        text = TABLE_RULE.matcher(text).replaceAll(" ");
        text = LINE_MARK.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll(" ");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String around(String plain, int start, int end) {
        int from = Math.max(0, Math.min(start - (LENGTH - (end - start)) / 2, plain.length() - LENGTH));
        int to = Math.min(plain.length(), from + LENGTH);
        if (from > 0) {
            from = wordStart(plain, from, start);
        }
        if (to < plain.length()) {
            to = wordEnd(plain, to, end);
        }
        return (from > 0 ? MORE : "") + plain.substring(from, to).strip() + (to < plain.length() ? MORE : "");
    }

    /** At the next space if one is near, else at a letter boundary (Khmer has no spaces between words). */
    private static int wordStart(String plain, int from, int limit) {
        int space = plain.indexOf(' ', from);
        if (space >= 0 && space < Math.min(limit, from + WORD_SEARCH)) {
            return space + 1;
        }
        return letterBoundary(plain, from);
    }

    private static int wordEnd(String plain, int to, int limit) {
        int space = plain.lastIndexOf(' ', to);
        if (space >= Math.max(limit, to - WORD_SEARCH)) {
            return space;
        }
        return letterBoundary(plain, to);
    }

    /** Never cut a vowel sign from its consonant, nor a subscript consonant from the one it sits under. */
    private static int letterBoundary(String plain, int at) {
        BreakIterator letters = BreakIterator.getCharacterInstance(Locale.ROOT);
        letters.setText(plain);
        int boundary = letters.isBoundary(at) ? at : letters.preceding(at);
        while (boundary > 0 && plain.charAt(boundary - 1) == KHMER_COENG) {
            boundary = letters.preceding(boundary);
        }
        return boundary;
    }
}

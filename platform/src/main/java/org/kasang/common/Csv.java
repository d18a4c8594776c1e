package org.kasang.common;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel shows Khmer), RFC 4180 quoting, CRLF line
 * ends, and cells that a spreadsheet would run as a formula made plain text.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static byte[] write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

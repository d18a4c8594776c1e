package org.kasang.scale;

/** Just enough JSON writing for the jsonb columns the generator fills (texts, answers, details). */
final class Json {

    private Json() {
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A course text as catalogue tables store it: {"en": …, "km": …}. */
    static String text(String en, String km) {
        return "{\"en\": " + string(en) + ", \"km\": " + string(km) + "}";
    }

    /** An object from alternating keys and already-written JSON values. */
    static String object(String... keysAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.append(i == 0 ? "" : ", ").append(string(keysAndValues[i])).append(": ").append(keysAndValues[i + 1]);
        }
        return out.append('}').toString();
    }
}

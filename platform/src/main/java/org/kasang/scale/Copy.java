package org.kasang.scale;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format): fields are escaped
 * into a byte buffer that is handed to the server whenever it fills, so no table is ever held in memory.
 */
final class Copy implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;
    private static final byte[] NULL = {'\\', 'N'};

    private final CopyIn copy;
    private final String table;
    private byte[] buffer = new byte[FLUSH_AT + (1 << 16)];
    private int position;
    private boolean rowStarted;
    private long rows;
    private boolean finished;

    Copy(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    String table() {
        return table;
    }

    Copy add(long value) {
        separate();
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        if (value < 10) {
            put((byte) ('0' + value));
            return this;
        }
        int start = position;
        while (value > 0) {
            put((byte) ('0' + value % 10));
            value /= 10;
        }
        for (int i = start, j = position - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
        return this;
    }

    /** A nullable id: 0 stands for null. */
    Copy id(long value) {
        return value == 0 ? nil() : add(value);
    }

    Copy add(boolean value) {
        separate();
        put((byte) (value ? 't' : 'f'));
        return this;
    }

    Copy add(String text) {
        if (text == null) {
            return nil();
        }
        separate();
        int length = text.length();
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            ensure(length * 2);
            for (int i = 0; i < length; i++) {
                escaped((byte) text.charAt(i));
            }
        } else {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ensure(bytes.length * 2);
            for (byte b : bytes) {
                escaped(b); // UTF-8 continuation bytes are never ASCII, so escaping byte by byte is safe
            }
        }
        return this;
    }

    Copy nil() {
        separate();
        ensure(2);
        buffer[position++] = NULL[0];
        buffer[position++] = NULL[1];
        return this;
    }

    /** A timestamptz from epoch seconds, in UTC. */
    Copy timestamp(long epochSecond) {
        separate();
        long day = Math.floorDiv(epochSecond, 86_400);
        int second = (int) (epochSecond - day * 86_400);
        raw(Days.iso(day));
        put((byte) ' ');
        two(second / 3600);
        put((byte) ':');
        two(second / 60 % 60);
        put((byte) ':');
        two(second % 60);
        put((byte) '+');
        put((byte) '0');
        put((byte) '0');
        return this;
    }

    Copy date(long epochDay) {
        separate();
        raw(Days.iso(epochDay));
        return this;
    }

    void row() {
        put((byte) '\n');
        rowStarted = false;
        rows++;
        if (position >= FLUSH_AT) {
            flush();
        }
    }

    long finish() throws SQLException {
        flush();
        finished = true;
        copy.endCopy();
        return rows;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (!finished && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() {
        if (position > 0) {
            try {
                copy.writeToCopy(buffer, 0, position);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
            }
            position = 0;
        }
    }

    private void separate() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    private void escaped(byte b) {
        switch (b) {
            case '\\' -> { buffer[position++] = '\\'; buffer[position++] = '\\'; }
            case '\t' -> { buffer[position++] = '\\'; buffer[position++] = 't'; }
            case '\n' -> { buffer[position++] = '\\'; buffer[position++] = 'n'; }
            case '\r' -> { buffer[position++] = '\\'; buffer[position++] = 'r'; }
            default -> buffer[position++] = b;
        }
    }

    private void two(int value) {
        put((byte) ('0' + value / 10));
        put((byte) ('0' + value % 10));
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        buffer[position++] = b;
    }

    private void ensure(int more) {
        if (position + more > buffer.length) {
            byte[] bigger = new byte[Math.max(buffer.length * 2, position + more)];
            System.arraycopy(buffer, 0, bigger, 0, position);
            buffer = bigger;
        }
    }

    /** ISO dates of epoch days, cached: a run touches a few hundred distinct days millions of times. */
    static final class Days {
        private static final int SLOTS = 4096;
        private static final long[] DAYS = new long[SLOTS];
        private static final byte[][] TEXT = new byte[SLOTS][];

        private Days() {
        }

        static byte[] iso(long epochDay) {
            int slot = (int) Math.floorMod(epochDay, SLOTS);
            if (TEXT[slot] == null || DAYS[slot] != epochDay) {
                TEXT[slot] = LocalDate.ofEpochDay(epochDay).toString().getBytes(StandardCharsets.US_ASCII);
                DAYS[slot] = epochDay;
            }
            return TEXT[slot];
        }
    }
}

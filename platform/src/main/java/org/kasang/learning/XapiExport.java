package org.kasang.learning;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.kasang.common.Cambodia;
import org.kasang.common.InvalidInput;
import org.kasang.database.ReportsDatabase;
import org.kasang.learning.internal.XapiRecords;
import org.kasang.security.ExportLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The learning records behind a reporting period as xAPI statements, for a learning record store or an
 * evaluator. Actors are pseudonymous accounts ({@code K<person id>}, as in decision 013) unless names are
 * deliberately included with a reason; free-text responses never leave. Written as a stream, a page of records
 * at a time, and logged.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class XapiExport {

    public static final String KIND = "xapi";
    public static final String PERSON_HOME = "https://kasang.org/person";
    public static final String ACTIVITY_BASE = "https://kasang.org/course/";
    public static final String EXTENSION_CBO = "https://kasang.org/xapi/cbo";
    public static final String EXTENSION_MODE = "https://kasang.org/xapi/mode";
    public static final String EXTENSION_SESSION = "https://kasang.org/xapi/session";
    public static final String EXTENSION_COURSE_VERSION = "https://kasang.org/xapi/course-version";
    static final int PAGE = 5_000;

    private final XapiRecords records;
    private final ReportsDatabase reads;
    private final ExportLog log;
    private final JsonFactory json = new JsonFactory();

    XapiExport(XapiRecords records, ReportsDatabase reads, ExportLog log) {
        this.records = records;
        this.reads = reads;
        this.log = log;
    }

    /** The statements of records that happened from {@code from} to {@code until} (Cambodian dates, inclusive). */
    @Transactional
    public byte[] statements(LocalDate from, LocalDate until, boolean withNames, String reason) {
        var out = new ByteArrayOutputStream();
        write(from, until, withNames, reason, out);
        return out.toByteArray();
    }

    /** As {@link #statements}, written to {@code out} as a JSON array; returns how many statements. */
    @Transactional
    public int write(LocalDate from, LocalDate until, boolean withNames, String reason, OutputStream out) {
        String why = ExportLog.checkReason(withNames, reason);
        if (from == null || until == null || until.isBefore(from)) {
            throw new InvalidInput("xapi.error.range");
        }
        Instant start = from.atStartOfDay(Cambodia.ZONE).toInstant();
        Instant end = until.plusDays(1).atStartOfDay(Cambodia.ZONE).toInstant();
        // Up to millions of records: read on the reports standby when there is one that has caught up, in one
        // snapshot; the export log is written here, on the primary
        int count = reads.stream(jdbc -> write(records.on(jdbc), start, end, withNames, out));
        log.record(KIND, from + "/" + until, withNames, why, count);
        return count;
    }

    private int write(XapiRecords on, Instant start, Instant end, boolean withNames, OutputStream out) {
        int count = 0;
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartArray();
            long after = 0;
            List<XapiRecords.Row> page;
            do {
                page = on.page(start, end, after, PAGE, withNames);
                for (XapiRecords.Row row : page) {
                    statement(g, row, withNames);
                    after = row.id();
                    count++;
                }
                g.flush();
            } while (page.size() == PAGE);
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static void statement(JsonGenerator g, XapiRecords.Row row, boolean withNames) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", UUID.nameUUIDFromBytes(row.idempotencyKey().getBytes(StandardCharsets.UTF_8)).toString());

        g.writeObjectFieldStart("actor");
        g.writeStringField("objectType", "Agent");
        if (withNames && row.fullName() != null) {
            g.writeStringField("name", row.fullName());
        }
        g.writeObjectFieldStart("account");
        g.writeStringField("homePage", PERSON_HOME);
        g.writeStringField("name", "K" + row.personId());
        g.writeEndObject();
        g.writeEndObject();

        Verb verb = Verb.valueOf(row.verb());
        g.writeObjectFieldStart("verb");
        g.writeStringField("id", verb.iri());
        g.writeObjectFieldStart("display");
        g.writeStringField("en-US", verb.name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
        g.writeEndObject();

        g.writeObjectFieldStart("object");
        g.writeStringField("objectType", "Activity");
        g.writeStringField("id", activity(row.objectType(), row.objectId(), row.courseId()));
        g.writeObjectFieldStart("definition");
        g.writeStringField("type", activityType(row.objectType()));
        g.writeEndObject();
        g.writeEndObject();

        if (row.scoreScaled() != null || row.success() != null || row.completion() != null) {
            g.writeObjectFieldStart("result");
            if (row.scoreScaled() != null) {
                g.writeObjectFieldStart("score");
                g.writeNumberField("scaled", row.scoreScaled());
                g.writeEndObject();
            }
            if (row.success() != null) {
                g.writeBooleanField("success", row.success());
            }
            if (row.completion() != null) {
                g.writeBooleanField("completion", row.completion());
            }
            g.writeEndObject();
        }

        g.writeObjectFieldStart("context");
        if (!"COURSE".equals(row.objectType())) {
            g.writeObjectFieldStart("contextActivities");
            g.writeArrayFieldStart("parent");
            g.writeStartObject();
            g.writeStringField("id", course(row.courseId()));
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("extensions");
        if (row.cboId() != null) {
            g.writeNumberField(EXTENSION_CBO, row.cboId());
        }
        g.writeStringField(EXTENSION_MODE, row.mode());
        if (row.sessionId() != null) {
            g.writeNumberField(EXTENSION_SESSION, row.sessionId());
        }
        g.writeNumberField(EXTENSION_COURSE_VERSION, row.courseVersion());
        g.writeEndObject();
        g.writeEndObject();

        g.writeStringField("timestamp", row.occurredAt().toString());
        g.writeStringField("stored", row.storedAt().toString());
        g.writeEndObject();
    }

    /** A course's IRI, or an item's beneath its course. */
    static String activity(String objectType, String objectId, String courseId) {
        if ("COURSE".equals(objectType)) {
            return course(courseId);
        }
        return course(courseId) + "/" + objectType.toLowerCase(Locale.ROOT) + "/" + encode(objectId);
    }

    private static String course(String courseId) {
        return ACTIVITY_BASE + encode(courseId);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String activityType(String objectType) {
        return switch (objectType) {
            case "COURSE" -> "http://adlnet.gov/expapi/activities/course";
            case "LESSON" -> "http://adlnet.gov/expapi/activities/lesson";
            case "QUIZ" -> "http://adlnet.gov/expapi/activities/assessment";
            case "ASSIGNMENT" -> "http://adlnet.gov/expapi/activities/performance";
            default -> "http://adlnet.gov/expapi/activities/interaction";
        };
    }
}

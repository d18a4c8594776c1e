package org.kasang.assignments.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kasang.assignments.Decision;
import org.kasang.assignments.FileContent;
import org.kasang.assignments.Review;
import org.kasang.assignments.Submission;
import org.kasang.assignments.SubmissionFile;
import org.kasang.assignments.SubmissionStatus;
import org.kasang.assignments.WaitingSubmission;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submissions, their files and reviews. Every change to a submission or its files moves its version on,
 * and only from the version that was read: a concurrent change makes the later one fail, not overwrite.
 */
@Repository
public class SubmissionRows {

    public record Row(long id, long personId, Long cboId, String courseId, String assignmentId, int revision,
                      SubmissionStatus status, Map<String, String> answers, Instant submittedAt, Instant updatedAt,
                      int version) {
    }

    /** A submission with its latest review, for the learner's list. */
    public record Listed(Row row, Review lastReview) {
    }

    /** Whose work and which CBO, as a reviewer reads them. */
    public record Names(String memberName, String cboName) {
    }

    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SubmissionRows(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The row with its files and reviews, as the API returns it. */
    public Submission full(Row row) {
        return new Submission(row.id(), row.personId(), row.cboId(), row.courseId(), row.assignmentId(), row.revision(),
                row.status(), row.answers(), files(row.id()), reviews(row.id()), row.submittedAt(), row.updatedAt());
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from submission where id = ?").param(id).query(this::row).optional();
    }

    public Optional<Row> of(long personId, String assignmentId) {
        return jdbc.sql("select * from submission where person_id = ? and assignment_id = ?")
                .params(personId, assignmentId).query(this::row).optional();
    }

    /** The person's submission for the assignment, created as an empty draft when there is none. */
    public Row ensure(long personId, Long cboId, String courseId, String assignmentId, Instant at) {
        jdbc.sql("""
                        insert into submission (person_id, cbo_id, course_id, assignment_id, status, created_at, updated_at)
                        values (?, ?, ?, ?, 'DRAFT', ?, ?) on conflict (person_id, assignment_id) do nothing""")
                .params(personId, cboId, courseId, assignmentId, Timestamp.from(at), Timestamp.from(at)).update();
        return of(personId, assignmentId).orElseThrow();
    }

    /** @return false when the row changed since it was read */
    public boolean saveAnswers(Row read, Map<String, String> answers, Instant at) {
        return jdbc.sql("""
                        update submission set answers = cast(? as jsonb), updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(toJson(answers), Timestamp.from(at), read.id(), read.version()).update() == 1;
    }

    /** Hands the answers in as the next revision. @return false when the row changed since it was read */
    public boolean submit(Row read, Map<String, String> answers, Long cboId, Instant at) {
        return jdbc.sql("""
                        update submission set answers = cast(? as jsonb), status = 'SUBMITTED', revision = revision + 1,
                            cbo_id = ?, submitted_at = ?, updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(toJson(answers), cboId, Timestamp.from(at), Timestamp.from(at), read.id(), read.version())
                .update() == 1;
    }

    /** Marks a change (a file added or removed) so that concurrent changes serialise. */
    public boolean touch(Row read, Instant at) {
        return jdbc.sql("update submission set updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(Timestamp.from(at), read.id(), read.version()).update() == 1;
    }

    public boolean decide(Row read, SubmissionStatus status, Instant at) {
        return jdbc.sql("update submission set status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), Timestamp.from(at), read.id(), read.version()).update() == 1;
    }

    public List<SubmissionFile> files(long submissionId) {
        return jdbc.sql("""
                        select id, name, media_type, size_bytes, sha256, created_at from submission_file
                        where submission_id = ? order by created_at, id""")
                .param(submissionId)
                .query((rs, n) -> new SubmissionFile(rs.getLong("id"), rs.getString("name"), rs.getString("media_type"),
                        rs.getInt("size_bytes"), rs.getString("sha256"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Adds a file, replacing one of the same name. */
    public long addFile(long submissionId, String name, String mediaType, byte[] content, String sha256, Instant at) {
        return jdbc.sql("""
                        insert into submission_file (submission_id, name, media_type, size_bytes, sha256, content, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (submission_id, name) do update set media_type = excluded.media_type,
                            size_bytes = excluded.size_bytes, sha256 = excluded.sha256, content = excluded.content,
                            created_at = excluded.created_at
                        returning id""")
                .params(submissionId, name, mediaType, content.length, sha256, content, Timestamp.from(at))
                .query(Long.class).single();
    }

    public boolean removeFile(long submissionId, long fileId) {
        return jdbc.sql("delete from submission_file where submission_id = ? and id = ?")
                .params(submissionId, fileId).update() == 1;
    }

    public Optional<FileContent> content(long submissionId, long fileId) {
        return jdbc.sql("select name, media_type, content from submission_file where submission_id = ? and id = ?")
                .params(submissionId, fileId)
                .query((rs, n) -> new FileContent(rs.getString("name"), rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    /** Newest first. */
    public List<Review> reviews(long submissionId) {
        return jdbc.sql("select * from submission_review where submission_id = ? order by revision desc, id desc")
                .param(submissionId).query(this::review).list();
    }

    /** Keeps, with the review, the answers and file names of the revision it judged. */
    public void addReview(long submissionId, int revision, long reviewerPersonId, Map<String, String> scores,
                          int points, int maxPoints, String feedback, Decision decision, Instant at,
                          Map<String, String> answers, List<String> fileNames) {
        jdbc.sql("""
                        insert into submission_review (submission_id, revision, reviewer_id, scores, points, max_points,
                            feedback, decision, reviewed_at, answers, file_names)
                        values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(submissionId, revision, reviewerPersonId, toJson(scores), points, maxPoints, feedback,
                        decision.name(), Timestamp.from(at), toJson(answers), toJson(fileNames))
                .update();
    }

    /** A person's submissions with their latest review, most recently changed first; one query. */
    public List<Listed> listOf(long personId) {
        return listed("s.person_id = :person", Map.of("person", personId));
    }

    /** A person's work handed in to one CBO (drafts never handed in left out), with the latest review; one query. */
    public List<Listed> handedIn(long cboId, long personId) {
        return listed("s.person_id = :person and s.cbo_id = :cbo and s.revision > 0", Map.of("person", personId, "cbo", cboId));
    }

    public Names names(long personId, Long cboId) {
        return jdbc.sql("select p.full_name, c.name from person p left join cbo c on c.id = :cbo where p.id = :person")
                .param("cbo", cboId).param("person", personId)
                .query((rs, n) -> new Names(rs.getString(1), rs.getString(2))).single();
    }

    private List<Listed> listed(String where, Map<String, ?> params) {
        return jdbc.sql("""
                        select s.*, r.id as r_id, r.revision as r_revision, r.reviewer_id as r_reviewer_id,
                            r.scores as r_scores, r.points as r_points, r.max_points as r_max_points,
                            r.feedback as r_feedback, r.decision as r_decision, r.reviewed_at as r_reviewed_at,
                            r.answers as r_answers, r.file_names as r_file_names
                        from submission s
                        left join lateral (select * from submission_review x where x.submission_id = s.id
                                           order by x.revision desc, x.id desc limit 1) r on true
                        where %s
                        order by s.updated_at desc, s.id desc""".formatted(where))
                .params(params)
                .query((rs, n) -> new Listed(row(rs, n), rs.getObject("r_id") == null ? null : review(rs, "r_")))
                .list();
    }

    /** Work waiting for review in these CBOs (or everywhere), oldest hand-in first. */
    public Slice<WaitingSubmission> waiting(Collection<Long> cboIds, boolean everywhere, Pageable page) {
        // Two statements rather than "(:everywhere or …)", so the coach's one uses the partial index.
        var query = everywhere
                ? jdbc.sql("""
                        select s.id, s.person_id, s.cbo_id, s.course_id, s.assignment_id, s.revision, s.submitted_at,
                               p.full_name, c.name as cbo_name
                        from submission s join person p on p.id = s.person_id left join cbo c on c.id = s.cbo_id
                        where s.status = 'SUBMITTED' order by s.submitted_at, s.id limit :limit offset :offset""")
                : jdbc.sql("""
                        select s.id, s.person_id, s.cbo_id, s.course_id, s.assignment_id, s.revision, s.submitted_at,
                               p.full_name, c.name as cbo_name
                        from submission s join person p on p.id = s.person_id left join cbo c on c.id = s.cbo_id
                        where s.status = 'SUBMITTED' and s.cbo_id in (:cbos)
                        order by s.submitted_at, s.id limit :limit offset :offset""").param("cbos", cboIds);
        List<WaitingSubmission> rows = query.param("limit", page.getPageSize() + 1).param("offset", page.getOffset())
                .query((rs, n) -> new WaitingSubmission(rs.getLong("id"), rs.getLong("person_id"),
                        (Long) rs.getObject("cbo_id"), rs.getString("course_id"), rs.getString("assignment_id"),
                        rs.getInt("revision"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("full_name"),
                        rs.getString("cbo_name")))
                .list();
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Row(rs.getLong("id"), rs.getLong("person_id"), (Long) rs.getObject("cbo_id"),
                rs.getString("course_id"), rs.getString("assignment_id"), rs.getInt("revision"),
                SubmissionStatus.valueOf(rs.getString("status")), fromJson(rs.getString("answers")),
                submitted == null ? null : submitted.toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private Review review(ResultSet rs, int n) throws SQLException {
        return review(rs, "");
    }

    private Review review(ResultSet rs, String prefix) throws SQLException {
        return new Review(rs.getLong(prefix + "id"), rs.getInt(prefix + "revision"), rs.getLong(prefix + "reviewer_id"),
                fromJson(rs.getString(prefix + "scores")), rs.getInt(prefix + "points"), rs.getInt(prefix + "max_points"),
                rs.getString(prefix + "feedback"), Decision.valueOf(rs.getString(prefix + "decision")),
                rs.getTimestamp(prefix + "reviewed_at").toInstant(), fromJson(rs.getString(prefix + "answers")),
                names(rs.getString(prefix + "file_names")));
    }

    private List<String> names(String value) {
        try {
            return json.readValue(value, NAMES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> fromJson(String value) {
        try {
            return json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submissions waiting for review per CBO, among the given CBOs or everywhere; only CBOs with some appear. */
    public java.util.Map<Long, Integer> waitingPerCbo(Collection<Long> cboIds, boolean everywhere) {
        var query = everywhere
                ? jdbc.sql("select cbo_id, count(*) from submission where status = 'SUBMITTED' and cbo_id is not null group by cbo_id")
                : jdbc.sql("select cbo_id, count(*) from submission where status = 'SUBMITTED' and cbo_id in (:cbos) group by cbo_id")
                        .param("cbos", cboIds);
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        query.query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }
}

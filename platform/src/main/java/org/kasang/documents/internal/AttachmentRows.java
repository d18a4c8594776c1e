package org.kasang.documents.internal;

import org.kasang.documents.Attachment;
import org.kasang.documents.TextMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
public class AttachmentRows {

    private final JdbcClient jdbc;

    AttachmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores or replaces the file at this path of the course. */
    public long save(String courseId, String path, String mediaType, byte[] content, String sha256, String text,
                     Instant at) {
        return jdbc.sql("""
                        insert into attachment (course_id, path, media_type, size_bytes, sha256, content, extracted_text, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (course_id, path) do update set media_type = excluded.media_type,
                            size_bytes = excluded.size_bytes, sha256 = excluded.sha256, content = excluded.content,
                            extracted_text = excluded.extracted_text, created_at = excluded.created_at
                        returning id""")
                .params(courseId, path, mediaType, content.length, sha256, content, text, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<Attachment> find(String courseId, String path) {
        return jdbc.sql("select id, course_id, path, media_type, size_bytes, sha256 from attachment where course_id = ? and path = ?")
                .params(courseId, path)
                .query((rs, n) -> new Attachment(rs.getLong("id"), rs.getString("course_id"), rs.getString("path"),
                        rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256")))
                .optional();
    }

    /** path → size in bytes of every file of a course, read without their contents. */
    public java.util.Map<String, Integer> sizes(String courseId) {
        var sizes = new java.util.HashMap<String, Integer>();
        jdbc.sql("select path, size_bytes from attachment where course_id = ?").param(courseId)
                .query(rs -> {
                    sizes.put(rs.getString("path"), rs.getInt("size_bytes"));
                });
        return sizes;
    }

    public Optional<byte[]> content(String courseId, String path) {
        return jdbc.sql("select content from attachment where course_id = ? and path = ?")
                .params(courseId, path).query(byte[].class).optional();
    }

    /** Documents of these courses whose text contains the query (the user's % and _ taken literally). */
    public List<TextMatch> withText(String query, java.util.Collection<String> courseIds, int limit) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select course_id, path, extracted_text from attachment
                        where course_id in (:courses) and extracted_text ilike :pattern
                        order by word_similarity(:q, extracted_text) desc, course_id, path
                        limit :limit""")
                .param("courses", courseIds).param("pattern", pattern).param("q", query).param("limit", limit)
                .query((rs, n) -> new TextMatch(rs.getString("course_id"), rs.getString("path"),
                        around(rs.getString("extracted_text"), query)))
                .list();
    }

    /** About 120 characters of the text around the first occurrence of the query. */
    static String around(String text, String query) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int at = flat.toLowerCase(java.util.Locale.ROOT).indexOf(query.toLowerCase(java.util.Locale.ROOT));
        int from = Math.max(0, at - 50);
        int to = Math.min(flat.length(), Math.max(at, 0) + query.length() + 70);
        return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
    }

    public Optional<String> text(String courseId, String path) {
        return jdbc.sql("select extracted_text from attachment where course_id = ? and path = ?")
                .params(courseId, path).query(String.class).optional();
    }
}

package org.kasang.catalogue.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kasang.catalogue.SearchHit;
import org.kasang.catalogue.Text;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lessons whose title or text, in any language, contains the query. The conditions repeat the
 * expressions of V8's trigram indexes word for word, or PostgreSQL would not use them.
 */
@Repository
public class LessonSearch {

    // A title that says it comes first; then whole words before parts of words; then how often.
    private static final String SQL = """
            select l.id, l.course_id, c.title::text as course_title, l.title::text as lesson_title,
                   l.body::text as body
            from lesson l
            join course c on c.id = l.course_id
            cross join lateral (select lower(coalesce(l.body ->> 'en', '') || ' ' || coalesce(l.body ->> 'km', ''))
                                as text) b
            where not l.retired
              and (c.published or :unpublishedToo)
              and ((l.title ->> 'en') ilike :pattern or (l.title ->> 'km') ilike :pattern
                   or (l.body ->> 'en') ilike :pattern or (l.body ->> 'km') ilike :pattern)
            order by ((l.title ->> 'en') ilike :pattern or (l.title ->> 'km') ilike :pattern) desc,
                     greatest(word_similarity(:q, l.title ->> 'en'), word_similarity(:q, l.title ->> 'km'),
                              word_similarity(:q, l.body ->> 'en'), word_similarity(:q, l.body ->> 'km'))
                         desc nulls last,
                     (length(b.text) - length(replace(b.text, lower(:q), ''))) / length(:q) desc,
                     l.course_id, l.position, l.id
            limit :limit offset :offset""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    LessonSearch(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param unpublishedToo the caller's scope: false limits the search to published courses */
    public Slice<SearchHit> search(String query, Locale locale, boolean unpublishedToo, Pageable page) {
        List<SearchHit> hits = new ArrayList<>(jdbc.sql(SQL)
                .param("q", query)
                .param("pattern", "%" + escapeLike(query) + "%")
                .param("unpublishedToo", unpublishedToo)
                .param("limit", page.getPageSize() + 1)
                .param("offset", page.getOffset())
                .query((rs, n) -> hit(rs, query, locale))
                .list());
        boolean more = hits.size() > page.getPageSize();
        return new SliceImpl<>(more ? hits.subList(0, page.getPageSize()) : hits, page, more);
    }

    /** The user's % and _ are letters to find, not wildcards. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private SearchHit hit(ResultSet rs, String query, Locale locale) throws SQLException {
        Text body = text(rs.getString("body"));
        return new SearchHit(rs.getString("course_id"), rs.getString("id"), text(rs.getString("course_title")),
                text(rs.getString("lesson_title")), Snippet.of(body, query, locale), SearchHit.LESSON);
    }

    private Text text(String value) {
        try {
            return json.readValue(value, Text.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

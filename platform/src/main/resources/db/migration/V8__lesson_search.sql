-- Lesson search matches a substring (ilike '%words%'), not whole words: Khmer writes no spaces between
-- words, so full-text search would need a word segmenter, while trigrams work for Khmer and English alike.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser.
create extension if not exists pg_trgm;

create index lesson_title_en_trgm on lesson using gin ((title ->> 'en') gin_trgm_ops);
create index lesson_title_km_trgm on lesson using gin ((title ->> 'km') gin_trgm_ops);
create index lesson_body_en_trgm on lesson using gin ((body ->> 'en') gin_trgm_ops);
create index lesson_body_km_trgm on lesson using gin ((body ->> 'km') gin_trgm_ops);

-- Text extracted from handouts is searched the same way.
create index attachment_text_trgm on attachment using gin (extracted_text gin_trgm_ops);

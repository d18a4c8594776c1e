-- Answers per revision (decision 008, update): each review keeps the answers and file names it judged, so
-- a learner's later edits after a return do not rewrite what an earlier review scored. Reviews written
-- before this migration keep an empty snapshot: their answers were never kept.
alter table submission_review add column answers jsonb not null default '{}'::jsonb;
alter table submission_review add column file_names jsonb not null default '[]'::jsonb;

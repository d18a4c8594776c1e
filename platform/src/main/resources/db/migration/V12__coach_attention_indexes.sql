-- What the coach's "needs attention" reads (decision 012): members idle in a course they have not finished,
-- and quizzes failed again and again. Partial indexes stay small: most rows are finished or passed.
create index course_state_idle_idx on course_state (cbo_id, last_activity_at) where status <> 'COMPLETED';
create index item_state_failing_idx on item_state (person_id, course_id)
    where attempts >= 2 and passed is not true and status <> 'COMPLETED';

-- Course packages grow: practical assignments (template + rubric), pre-tests paired with post-tests,
-- lesson handouts and audio, and per-language translation notes for trainers.

alter table course add column translation_notes jsonb not null default '{}'::jsonb;

alter table lesson add column handouts jsonb not null default '[]'::jsonb;
alter table lesson add column audio jsonb not null default '{}'::jsonb;

alter table quiz add column role varchar(16) not null default 'QUIZ' check (role in ('PRE_TEST', 'QUIZ'));
alter table quiz add column pairs_with varchar(200) references quiz (id);

-- The template and the rubric are versioned with the package as documents; their field, criterion and
-- level ids are stable, so submissions and reviews (later) can point into them.
create table assignment (
    id           varchar(200) primary key,
    course_id    varchar(100) not null references course (id),
    module_id    varchar(200) not null references course_module (id),
    position     integer      not null,
    title        jsonb        not null,
    instructions jsonb        not null,
    fields       jsonb        not null,
    rubric       jsonb        not null,
    retired      boolean      not null default false
);
create index assignment_course_idx on assignment (course_id, position);

-- A trainer's work in progress on a course is a package like the ones in course-content/: its files,
-- zipped, until it is published as the next version. (Archiving a course sets course.published to
-- false: it leaves the catalogue but keeps every record that points at it.)
create table course_draft (
    course_id  varchar(100) primary key,
    package    bytea        not null,
    updated_at timestamptz  not null,
    updated_by bigint       references account (id)
);

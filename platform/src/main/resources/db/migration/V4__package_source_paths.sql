-- Where each part came from in its package, so an exported package has the trainer's own layout and
-- exporting then importing gives back the same package.
alter table lesson add column source_file varchar(300);
alter table quiz add column source_file varchar(300);
alter table assignment add column source_file varchar(300);

-- Re-import every package once, so the paths above are filled in for courses imported before.
update course set content_hash = 'before-v4';

-- A coach's overdue follow-ups were found by walking the country's overdue actions in date order until enough
-- belonged to the coach's CBOs, which sit on the session: 100-300 ms with 10,000 CBOs (docs/performance.md).
-- Each action now carries its session's CBO, set by a trigger so that every writer (the app, the scale generator's
-- COPY) gets it, and the coach's list is an index range per CBO.
alter table follow_up_action add column cbo_id bigint references cbo (id);
update follow_up_action a set cbo_id = s.cbo_id from coaching_session s where s.id = a.session_id;
alter table follow_up_action alter column cbo_id set not null;

create function follow_up_action_cbo() returns trigger language plpgsql as $$
begin
    select s.cbo_id into new.cbo_id from coaching_session s where s.id = new.session_id;
    return new;
end
$$;
create trigger follow_up_action_cbo before insert on follow_up_action
    for each row execute function follow_up_action_cbo();

create index follow_up_action_cbo_open_idx on follow_up_action (cbo_id, due_on) where done_at is null;

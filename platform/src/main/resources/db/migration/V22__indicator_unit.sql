-- The CBOs and people each stored indicator value counted, written with the values by the computation: a
-- drill-down reads what the figure counted instead of computing the indicator again (decision 015, as amended
-- in issue 8: at national scale that took 3 s for an indicator about people). One row per counted CBO or person,
-- with the categories it was counted in and the evidence that made it count, in the order the rule found it.
-- Values computed before this migration have no units; their drill-downs still compute (IndicatorReports).
create table indicator_unit (
    indicator_id bigint      not null references indicator (id) on delete cascade,
    period_id    bigint      not null references reporting_period (id),
    cbo_id       bigint      not null references cbo (id),
    person_id    bigint      references person (id),
    province     varchar(60) not null,
    district     varchar(60) not null,
    sex          varchar(60),
    youth        varchar(60),
    disability   varchar(60),
    evidence_ids bigint[]    not null
);
create index indicator_unit_value_idx on indicator_unit (indicator_id, period_id);

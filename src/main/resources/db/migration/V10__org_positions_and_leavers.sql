-- Organisation module: position duties and default role, leavers, closing units.

-- English names are optional: the English screens fall back to the Chinese name.
alter table org_unit alter column name_en drop not null;
alter table org_position alter column name_en drop not null;

-- The role a new holder of the position gets by default (a seeded role code, e.g. consultant).
alter table org_position add column default_role_code varchar(40);

-- 岗位职责: the duties of a position, an ordered list of items in both UI languages.
create table org_position_duty (
    position_id bigint       not null references org_position (id) on delete cascade,
    seq         integer      not null,
    text_zh     varchar(300) not null,
    text_en     varchar(300),
    primary key (position_id, seq)
);

-- Leavers keep their record (history, audit) with the date and reason they left.
alter table org_employee add column left_on date;
alter table org_employee add column leave_reason varchar(200);
create index ix_org_employee_position on org_employee (position_id);
create index ix_org_employee_manager on org_employee (manager_id);

-- A closed unit stays in the tree's history but takes no people.
alter table org_unit add column closed_on date;

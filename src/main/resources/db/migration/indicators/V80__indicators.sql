-- Indicators: the live values of T1–T11 per council and period (docs/indicators.md). A value is a
-- figure computed from the council's work by the module that holds it; the engine writes it in the
-- council's staff scope and rewrites it whenever the council's work changes. Values are public
-- figures: anyone reading the council may read them. The records behind a value (its evidence) are
-- never stored here; they are read from their modules with the caller's rights.

create table indicator_value (
  council_id   uuid not null references council (id),
  code         varchar(3) not null check (code ~ '^T([1-9]|1[01])$'),
  period       varchar(7) not null check (period ~ '^[0-9]{4}(-H[12]|-(0[1-9]|1[0-2]))?$'),
  numerator    bigint not null check (numerator >= 0),
  denominator  bigint check (denominator >= 0 and numerator <= denominator),  -- null: a count
  breakdown    jsonb not null default '[]',  -- [["key", figure], …] in display order
  as_of        timestamptz not null,
  primary key (council_id, code, period)
);
-- the city table: one code and period for every council
create index indicator_value_city on indicator_value (code, period);

alter table indicator_value enable row level security;
alter table indicator_value force row level security;
create policy indicator_value_read on indicator_value for select
  using (app_can_read(council_id));
create policy indicator_value_write on indicator_value for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

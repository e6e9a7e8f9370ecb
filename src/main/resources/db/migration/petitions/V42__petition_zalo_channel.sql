-- A voter may write to the council's Zalo Official Account: channel ZALO, contact "zalo:<user id>".
-- Like the other channels where voters write themselves, a Zalo petition carries its consent.
do $$
declare
  c record;
begin
  for c in
    select conname from pg_constraint
     where conrelid = 'petition'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%OPEN311%'
  loop
    execute format('alter table petition drop constraint %I', c.conname);
  end loop;
end $$;

alter table petition add constraint petition_channel_check
  check (channel in ('WEB', 'API', 'MEETING', 'IMPORT', 'OPEN311', 'ZALO', 'OTHER'));
alter table petition add constraint petition_consent_check
  check (channel not in ('WEB', 'API', 'OPEN311', 'ZALO') or consent_at is not null or anonymised_at is not null);

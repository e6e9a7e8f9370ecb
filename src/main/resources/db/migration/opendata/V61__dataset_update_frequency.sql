-- How often a dataset is to be brought up to date (DCAT accrual periodicity), declared by the
-- clerk; budgets, plans and project lists are yearly unless said otherwise. The indicator T8
-- counts a budget, planning or investment dataset as current while its newest published version
-- is no older than this.
alter table dataset add column update_frequency varchar(12) not null default 'ANNUAL'
  check (update_frequency in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'ANNUAL'));

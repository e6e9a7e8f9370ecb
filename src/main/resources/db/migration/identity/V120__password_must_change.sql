-- An account whose password someone else chose (the generated first administrator's) must choose
-- its own at the first sign-in: until then every workspace page leads to the password form.
alter table app_user add column password_must_change boolean not null default false;

-- What an API key may do with its account (identity.ApiKeyScope). New keys read as the public;
-- the keys that existed keep acting as their accounts, except the keys of machine accounts that
-- have no role but API_CLIENT (a label that grants nothing): those now read as the public.
-- api_key already has row-level security (enabled, forced, policy api_key_private).
alter table api_key add column scopes varchar(40)[] not null default '{read:public}';

update api_key k set scopes = '{read:public,read:council,write:council}'
from app_user u
where u.id = k.user_id and exists (select 1 from unnest(u.roles) r where r <> 'API_CLIENT');

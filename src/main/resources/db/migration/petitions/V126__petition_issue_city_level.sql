-- City scale (docs/city-scale.md): the city's view of city-level petitions across its councils,
-- petitions.internal.IssueQueries.cityLevelEverywhere:
--   select … from petition_issue i join petition p on p.issue_id = i.id
--   where i.level = 'CITY' and not i.complaint and i.status <> 'CLOSED' group by i.id, …
-- Without it PostgreSQL reads every issue of every council (hundreds of thousands in a city after
-- five years) to find the few thousand open city-level ones.
create index petition_issue_city_level on petition_issue (id)
  where level = 'CITY' and not complaint and status <> 'CLOSED';

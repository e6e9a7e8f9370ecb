-- How far back the search change log is complete: rows of transactions below "below" may have been
-- pruned (hdnd.search.change-retention). An instance whose index position is below it cannot catch
-- up from the log and rebuilds its index. One row; not a tenant table (it names no council).

create table search_change_horizon (
  id     boolean primary key default true check (id),
  below  xid8 not null
);
insert into search_change_horizon (id, below) values (true, '0');

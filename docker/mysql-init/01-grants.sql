-- Privileges of the application's MySQL user.
--
-- The mysql image runs this once, when it initialises an empty data volume, after its entrypoint
-- has created the user from MYSQL_USER / MYSQL_PASSWORD (docker/compose.yaml fixes the name to
-- change_leaders). It does not run again on a volume that already holds data: to change grants on a
-- running system, run the statement by hand (see docker/README.md).
--
-- Each subgraph creates its own database on start (change_leaders_people,
-- change_leaders_activities, change_leaders_evaluation), so the user needs every privilege,
-- CREATE included, on all databases named change_leaders_<something> and on no other.
-- In a GRANT database name `_` and `%` are wildcards: `\_` is a literal underscore and `%` any
-- suffix. A future subgraph's database is covered without a new grant.
GRANT ALL PRIVILEGES ON `change_leaders\_%`.* TO 'change_leaders'@'%';

-- Should a MySQL release ever refuse wildcard database names, grant the databases one by one:
-- GRANT ALL PRIVILEGES ON `change_leaders_people`.* TO 'change_leaders'@'%';
-- GRANT ALL PRIVILEGES ON `change_leaders_activities`.* TO 'change_leaders'@'%';
-- GRANT ALL PRIVILEGES ON `change_leaders_evaluation`.* TO 'change_leaders'@'%';

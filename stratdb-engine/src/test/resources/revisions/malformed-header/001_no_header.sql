-- upgrade
CREATE TABLE t (id integer);
-- downgrade
DROP TABLE t;

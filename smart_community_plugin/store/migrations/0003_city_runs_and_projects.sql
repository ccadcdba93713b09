-- 0003: the city batch's table of communities (城市体检) per run, and QGIS's own project storage table, so every
-- reviewer opens the office's one project (QGIS writes and reads it as postgresql://?service=...&schema=sc).
SET LOCAL ROLE sc_admin;

CREATE TABLE sc.city_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL DEFAULT '',
  reviewer name NOT NULL DEFAULT current_user,
  finished_at timestamptz NOT NULL DEFAULT now(),
  parameters jsonb NOT NULL,
  communities integer NOT NULL,
  failed integer NOT NULL
);

CREATE TABLE sc.city_communities (
  run_id bigint NOT NULL REFERENCES sc.city_runs,
  source_fid bigint NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  population double precision,
  status text NOT NULL,
  verdict text NOT NULL,
  fail_count integer NOT NULL,
  warning_count integer NOT NULL,
  not_assessed_count integer NOT NULL,
  error text NOT NULL,
  error_zh text NOT NULL,
  input_hash text NOT NULL,
  coverage jsonb NOT NULL,                       -- cover_<type>_<method> and the life circles' shares
  geom geometry(MultiPolygon) NOT NULL,
  PRIMARY KEY (run_id, source_fid)
);
CREATE INDEX city_communities_geom ON sc.city_communities USING gist (geom);
GRANT SELECT ON sc.city_runs, sc.city_communities TO sc_reviewer, sc_planner;
GRANT INSERT ON sc.city_runs, sc.city_communities TO sc_reviewer;
CREATE TRIGGER never_changed BEFORE UPDATE OR DELETE ON sc.city_communities
  FOR EACH ROW EXECUTE FUNCTION sc.refuse_change();

-- The layout QGIS's PostgreSQL project storage uses (it creates it when missing; made here for the grants).
CREATE TABLE sc.qgis_projects (name text PRIMARY KEY, metadata jsonb, content bytea);
GRANT SELECT ON sc.qgis_projects TO sc_reviewer, sc_planner;
GRANT INSERT, UPDATE ON sc.qgis_projects TO sc_admin;

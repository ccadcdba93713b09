-- 0001: submissions and their layers, reviews with their checks and per-building results, the three roles and
-- who may read what. Run by the migrator (a superuser or the office's administrator); objects belong to sc_admin.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sc_admin') THEN CREATE ROLE sc_admin NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sc_reviewer') THEN CREATE ROLE sc_reviewer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sc_planner') THEN CREATE ROLE sc_planner NOLOGIN; END IF;
END $$;
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA sc AUTHORIZATION sc_admin;
CREATE SCHEMA submitted AUTHORIZATION sc_admin;
GRANT USAGE ON SCHEMA sc, submitted TO sc_reviewer, sc_planner;
SET LOCAL ROLE sc_admin;

CREATE TABLE sc.submissions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  community text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  submitter name NOT NULL,                       -- the planner's database role: what they may read
  received_by name NOT NULL DEFAULT current_user,
  received_at timestamptz NOT NULL DEFAULT now(),
  files_sha256 text NOT NULL,
  crs text NOT NULL,                             -- the metric CRS the layers were stored in
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'reviewed', 'withdrawn')),
  validation jsonb NOT NULL DEFAULT '{}',
  UNIQUE (community, version)
);

CREATE TABLE sc.submission_layers (
  submission_id bigint NOT NULL REFERENCES sc.submissions,
  role text NOT NULL,
  table_name text NOT NULL UNIQUE,               -- in schema submitted
  features integer NOT NULL,
  source_layer text NOT NULL,
  PRIMARY KEY (submission_id, role)
);

CREATE TABLE sc.reviews (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  submission_id bigint NOT NULL REFERENCES sc.submissions,
  number integer NOT NULL CHECK (number > 0),    -- 1, 2, ... per submission; never reused, never overwritten
  reviewer name NOT NULL DEFAULT current_user,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now(),
  standard_version text NOT NULL,
  parameters jsonb NOT NULL,
  overall text NOT NULL,
  fail_count integer NOT NULL,
  warning_count integer NOT NULL,
  not_assessed integer NOT NULL,
  run_id text NOT NULL,
  summary jsonb NOT NULL,
  report_pdf bytea,
  UNIQUE (submission_id, number)
);

CREATE TABLE sc.review_checks (
  review_id bigint NOT NULL REFERENCES sc.reviews,
  check_id text NOT NULL,
  clause text NOT NULL,
  rule text NOT NULL,
  facility_type text,
  strength text NOT NULL,
  verdict text NOT NULL,
  message_id text NOT NULL,
  message_values jsonb NOT NULL DEFAULT '{}',
  message_zh text NOT NULL,
  message_en text NOT NULL,
  feature_ids bigint[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (review_id, check_id)
);

CREATE TABLE sc.review_buildings (
  review_id bigint NOT NULL REFERENCES sc.reviews,
  source_fid bigint NOT NULL,
  population double precision,
  uncovered_types text NOT NULL,
  results jsonb NOT NULL,                        -- distance and covered per type, life circles
  geom geometry(MultiPolygon) NOT NULL,
  PRIMARY KEY (review_id, source_fid)
);
CREATE INDEX review_buildings_geom ON sc.review_buildings USING gist (geom);

-- Reviewers read everything and write reviews; planners read their own submissions and those reviews only.
GRANT SELECT ON ALL TABLES IN SCHEMA sc TO sc_reviewer, sc_planner;
GRANT INSERT ON sc.reviews, sc.review_checks, sc.review_buildings TO sc_reviewer;
GRANT UPDATE (status) ON sc.submissions TO sc_reviewer;

ALTER TABLE sc.submissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sc.submission_layers ENABLE ROW LEVEL SECURITY;
ALTER TABLE sc.reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE sc.review_checks ENABLE ROW LEVEL SECURITY;
ALTER TABLE sc.review_buildings ENABLE ROW LEVEL SECURITY;
CREATE POLICY office ON sc.submissions TO sc_reviewer USING (true) WITH CHECK (true);
CREATE POLICY own ON sc.submissions FOR SELECT TO sc_planner USING (submitter = current_user);
-- The subquery is itself filtered by the policies above: a planner's rows follow their submissions.
CREATE POLICY office ON sc.submission_layers TO sc_reviewer USING (true) WITH CHECK (true);
CREATE POLICY own ON sc.submission_layers FOR SELECT TO sc_planner
  USING (submission_id IN (SELECT id FROM sc.submissions));
CREATE POLICY office ON sc.reviews TO sc_reviewer USING (true) WITH CHECK (true);
CREATE POLICY own ON sc.reviews FOR SELECT TO sc_planner USING (submission_id IN (SELECT id FROM sc.submissions));
CREATE POLICY office ON sc.review_checks TO sc_reviewer USING (true) WITH CHECK (true);
CREATE POLICY own ON sc.review_checks FOR SELECT TO sc_planner USING (review_id IN (SELECT id FROM sc.reviews));
CREATE POLICY office ON sc.review_buildings TO sc_reviewer USING (true) WITH CHECK (true);
CREATE POLICY own ON sc.review_buildings FOR SELECT TO sc_planner USING (review_id IN (SELECT id FROM sc.reviews));

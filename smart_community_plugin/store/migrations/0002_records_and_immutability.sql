-- 0002: the five stages' records and the device register, edited with optimistic locking (a version each);
-- reviews, their rows and submitted layers refuse every change once written.
SET LOCAL ROLE sc_admin;

CREATE TABLE sc.stage_records (
  community text NOT NULL,
  stage text NOT NULL CHECK (stage IN ('assessment', 'planning', 'construction', 'operation', 'revisit')),
  record jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by name NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (community, stage)
);

CREATE TABLE sc.devices (
  community text NOT NULL,
  device_id text NOT NULL,
  kind text NOT NULL,
  facility_type text,
  record jsonb NOT NULL DEFAULT '{}',
  location geometry(Point),
  version integer NOT NULL DEFAULT 1,
  updated_by name NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (community, device_id)
);
GRANT SELECT, INSERT, UPDATE ON sc.stage_records, sc.devices TO sc_reviewer;
GRANT SELECT ON sc.stage_records, sc.devices TO sc_planner;

CREATE FUNCTION sc.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed once written (smart_community store)', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER never_changed BEFORE UPDATE OR DELETE ON sc.reviews FOR EACH ROW EXECUTE FUNCTION sc.refuse_change();
CREATE TRIGGER never_changed BEFORE UPDATE OR DELETE ON sc.review_checks
  FOR EACH ROW EXECUTE FUNCTION sc.refuse_change();
CREATE TRIGGER never_changed BEFORE UPDATE OR DELETE ON sc.review_buildings
  FOR EACH ROW EXECUTE FUNCTION sc.refuse_change();
CREATE TRIGGER never_changed BEFORE UPDATE OR DELETE ON sc.submission_layers
  FOR EACH ROW EXECUTE FUNCTION sc.refuse_change();
CREATE TRIGGER never_truncated BEFORE TRUNCATE ON sc.reviews FOR EACH STATEMENT EXECUTE FUNCTION sc.refuse_change();

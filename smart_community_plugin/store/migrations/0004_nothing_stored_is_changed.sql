-- 0004: what the store keeps stays as it was written, by the office's administrator too. A submission's row may
-- only change its status; no table, trigger or function of the store's schemas is altered or dropped outside a
-- migration (an event trigger, which needs a superuser to install; without one the server logs a notice).
CREATE FUNCTION sc.refuse_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF coalesce(current_setting('sc.migrating', true), '') = 'on' THEN
    RETURN;
  END IF;
  IF TG_EVENT = 'sql_drop' THEN
    FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
      IF r.schema_name IN ('sc', 'submitted') AND NOT r.is_temporary THEN
        RAISE EXCEPTION 'the smart_community store keeps % %: it is never dropped (only a migration may)',
          r.object_type, r.object_identity USING ERRCODE = 'insufficient_privilege';
      END IF;
    END LOOP;
  ELSE
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
      IF r.schema_name IN ('sc', 'submitted') THEN
        RAISE EXCEPTION 'the smart_community store keeps %: it is never altered (only a migration may)',
          r.object_identity USING ERRCODE = 'insufficient_privilege';
      END IF;
    END LOOP;
  END IF;
END $$;

DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    CREATE EVENT TRIGGER sc_never_dropped ON sql_drop EXECUTE FUNCTION sc.refuse_ddl();
    CREATE EVENT TRIGGER sc_never_altered ON ddl_command_end
      WHEN TAG IN ('ALTER TABLE', 'ALTER TRIGGER', 'ALTER FUNCTION', 'ALTER SCHEMA', 'ALTER POLICY')
      EXECUTE FUNCTION sc.refuse_ddl();
  ELSE
    RAISE NOTICE 'smart_community: a superuser should apply migration 0004 again to forbid dropping the store';
  END IF;
END $$;

SET LOCAL ROLE sc_admin;
CREATE FUNCTION sc.only_status_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.community, NEW.version, NEW.submitter, NEW.received_by, NEW.received_at, NEW.files_sha256,
      NEW.crs, NEW.validation) IS DISTINCT FROM (OLD.id, OLD.community, OLD.version, OLD.submitter,
      OLD.received_by, OLD.received_at, OLD.files_sha256, OLD.crs, OLD.validation) THEN
    RAISE EXCEPTION 'a submission''s record is never changed once stored; only its status may change'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER only_status BEFORE UPDATE ON sc.submissions FOR EACH ROW EXECUTE FUNCTION sc.only_status_changes();
CREATE TRIGGER never_deleted BEFORE DELETE ON sc.submissions FOR EACH ROW EXECUTE FUNCTION sc.refuse_change();
CREATE TRIGGER never_truncated BEFORE TRUNCATE ON sc.submissions FOR EACH STATEMENT EXECUTE FUNCTION sc.refuse_change();

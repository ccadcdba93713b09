-- 0005: the approval report (PDF) of a stored review, kept beside it: written once, never changed, read by
-- whoever may read the review.
SET LOCAL ROLE sc_admin;
CREATE TABLE sc.review_reports (
  review_id bigint PRIMARY KEY REFERENCES sc.reviews,
  pdf bytea NOT NULL,
  made_by name NOT NULL DEFAULT current_user,
  made_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON sc.review_reports TO sc_reviewer, sc_planner;
GRANT INSERT ON sc.review_reports TO sc_reviewer;
ALTER TABLE sc.review_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY office ON sc.review_reports TO sc_reviewer USING (true) WITH CHECK (true);
CREATE POLICY own ON sc.review_reports FOR SELECT TO sc_planner USING (review_id IN (SELECT id FROM sc.reviews));
CREATE TRIGGER never_changed BEFORE UPDATE OR DELETE ON sc.review_reports
  FOR EACH ROW EXECUTE FUNCTION sc.refuse_change();

-- 0006: the third stage of chapter 7 (7.0.4, 建设实施) is "implementation" in the workbench's stages; 0002 named
-- it "construction", so the workbench could not save that stage's records. Records saved under the old name
-- are kept under the new one.
SET LOCAL ROLE sc_admin;
ALTER TABLE sc.stage_records DROP CONSTRAINT stage_records_stage_check;
UPDATE sc.stage_records SET stage = 'implementation' WHERE stage = 'construction';
ALTER TABLE sc.stage_records ADD CONSTRAINT stage_records_stage_check
  CHECK (stage IN ('assessment', 'planning', 'implementation', 'operation', 'revisit'));

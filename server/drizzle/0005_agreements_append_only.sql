-- The shared history of boundaries, agreements and promises is append-only: a change is a new row,
-- and what was written stays visible to both people. Deleting a whole space or account still works:
-- rows removed by a foreign-key cascade (trigger depth above 1) pass; a direct DELETE or any UPDATE is refused.
CREATE FUNCTION mend_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: rows cannot be changed or deleted', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER agreements_append_only BEFORE UPDATE OR DELETE ON "agreements"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER agreement_versions_append_only BEFORE UPDATE OR DELETE ON "agreement_versions"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER agreement_events_append_only BEFORE UPDATE OR DELETE ON "agreement_events"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER agreement_breaches_append_only BEFORE UPDATE OR DELETE ON "agreement_breaches"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER agreement_breach_responses_append_only BEFORE UPDATE OR DELETE ON "agreement_breach_responses"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER boundary_versions_append_only BEFORE UPDATE OR DELETE ON "boundary_versions"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER boundary_acknowledgments_append_only BEFORE UPDATE OR DELETE ON "boundary_acknowledgments"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER promise_marks_append_only BEFORE UPDATE OR DELETE ON "promise_marks"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER promise_responses_append_only BEFORE UPDATE OR DELETE ON "promise_responses"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER transparency_acts_append_only BEFORE UPDATE OR DELETE ON "transparency_acts"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
-- A promise's words and schedule never change; only ending it (ended_at, end_note, once) is allowed.
CREATE FUNCTION promises_content_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.space_id, NEW.maker_member_id, NEW.text, NEW.schedule, NEW.time_zone, NEW.grace_hours, NEW.created_at)
     IS DISTINCT FROM
     (OLD.id, OLD.space_id, OLD.maker_member_id, OLD.text, OLD.schedule, OLD.time_zone, OLD.grace_hours, OLD.created_at)
     OR OLD.ended_at IS NOT NULL THEN
    RAISE EXCEPTION 'a promise cannot be changed after it is made; only ended, once'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER promises_content_immutable BEFORE UPDATE ON "promises"
  FOR EACH ROW EXECUTE FUNCTION promises_content_immutable();

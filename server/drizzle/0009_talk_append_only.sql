-- Shared history of acknowledgments, questions, reassurance and talks is append-only: a change is a
-- new row, and what was shared stays as it was for both people. Uses mend_append_only() from
-- 0005_agreements_append_only: rows removed by a cascade (a whole space or account) still pass.
CREATE TRIGGER statement_versions_append_only BEFORE UPDATE OR DELETE ON "statement_versions"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER statement_responses_append_only BEFORE UPDATE OR DELETE ON "statement_responses"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER questions_append_only BEFORE UPDATE OR DELETE ON "questions"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER question_steps_append_only BEFORE UPDATE OR DELETE ON "question_steps"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER talks_append_only BEFORE UPDATE OR DELETE ON "talks"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER talk_entries_append_only BEFORE UPDATE OR DELETE ON "talk_entries"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER reassurance_replies_append_only BEFORE UPDATE OR DELETE ON "reassurance_replies"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
CREATE TRIGGER reassurance_outcomes_append_only BEFORE UPDATE OR DELETE ON "reassurance_outcomes"
  FOR EACH ROW EXECUTE FUNCTION mend_append_only();
--> statement-breakpoint
-- A request for reassurance stays as sent. The one change allowed is the link to the requester's own
-- trigger going away when they delete that trigger (ON DELETE SET NULL); it was only ever theirs to see.
CREATE FUNCTION reassurance_requests_as_sent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF pg_trigger_depth() > 1 THEN
      RETURN OLD;
    END IF;
  ELSIF NEW.trigger_id IS NULL
     AND (NEW.id, NEW.space_id, NEW.requester_member_id, NEW.recipient_member_id, NEW.ask, NEW.message, NEW.created_at)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.space_id, OLD.requester_member_id, OLD.recipient_member_id, OLD.ask, OLD.message, OLD.created_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only: rows cannot be changed or deleted', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reassurance_requests_as_sent BEFORE UPDATE OR DELETE ON "reassurance_requests"
  FOR EACH ROW EXECUTE FUNCTION reassurance_requests_as_sent();

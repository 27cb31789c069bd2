-- Shared history in forgiveness, closeness, maintenance and ending is append-only: a change is a new
-- row, and what was written stays visible to both people. Removing a whole space or account still
-- works: the cascades and SET NULLs its foreign keys perform run at trigger depth above 1 and pass;
-- a direct UPDATE or DELETE is refused.
CREATE FUNCTION heal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only: rows cannot be changed or deleted', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER appreciations_append_only BEFORE UPDATE OR DELETE ON "appreciations"
  FOR EACH ROW EXECUTE FUNCTION heal_append_only();
--> statement-breakpoint
CREATE TRIGGER time_together_plans_append_only BEFORE UPDATE OR DELETE ON "time_together_plans"
  FOR EACH ROW EXECUTE FUNCTION heal_append_only();
--> statement-breakpoint
CREATE TRIGGER time_together_versions_append_only BEFORE UPDATE OR DELETE ON "time_together_versions"
  FOR EACH ROW EXECUTE FUNCTION heal_append_only();
--> statement-breakpoint
CREATE TRIGGER time_together_reflections_append_only BEFORE UPDATE OR DELETE ON "time_together_reflections"
  FOR EACH ROW EXECUTE FUNCTION heal_append_only();
--> statement-breakpoint
CREATE TRIGGER maintenance_reviews_append_only BEFORE UPDATE OR DELETE ON "maintenance_reviews"
  FOR EACH ROW EXECUTE FUNCTION heal_append_only();
--> statement-breakpoint
CREATE TRIGGER space_endings_append_only BEFORE UPDATE OR DELETE ON "space_endings"
  FOR EACH ROW EXECUTE FUNCTION heal_append_only();
--> statement-breakpoint
-- A forgiveness reflection's words never change; only whether it is shared may. Its author may
-- still delete it, since it is theirs.
CREATE FUNCTION forgiveness_reflections_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() = 1 AND
     (NEW.id, NEW.space_id, NEW.member_id, NEW.step, NEW.text, NEW.resentment, NEW.created_at)
     IS DISTINCT FROM
     (OLD.id, OLD.space_id, OLD.member_id, OLD.step, OLD.text, OLD.resentment, OLD.created_at) THEN
    RAISE EXCEPTION 'a forgiveness reflection cannot be changed after it is written; only its sharing can'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER forgiveness_reflections_immutable BEFORE UPDATE ON "forgiveness_reflections"
  FOR EACH ROW EXECUTE FUNCTION forgiveness_reflections_immutable();

-- What a person wrote in a check-in stays as written: only what they share of it may change later.
-- Deleting stays possible, so removing a space or an account still removes its check-ins.
CREATE FUNCTION checkins_content_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.space_id, NEW.member_id, NEW.kind, NEW.submitted_at, NEW.utc_offset_minutes, NEW.trust_now,
      NEW.elements, NEW.emotions, NEW.signs, NEW.need, NEW.private_note, NEW.safety)
     IS DISTINCT FROM
     (OLD.id, OLD.space_id, OLD.member_id, OLD.kind, OLD.submitted_at, OLD.utc_offset_minutes, OLD.trust_now,
      OLD.elements, OLD.emotions, OLD.signs, OLD.need, OLD.private_note, OLD.safety) THEN
    RAISE EXCEPTION 'a check-in cannot be changed after it is written; only its sharing can'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER checkins_content_immutable BEFORE UPDATE ON "checkins"
  FOR EACH ROW EXECUTE FUNCTION checkins_content_immutable();

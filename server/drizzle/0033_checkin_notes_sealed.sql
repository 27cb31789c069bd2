ALTER TABLE "checkins" ADD COLUMN "sealed_note" text;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_note_check" CHECK ("checkins"."sealed_note" is null or "checkins"."private_note" is null);--> statement-breakpoint
-- What a person wrote in a check-in still stays as written, with one exception: a private note from
-- before the vault may be swapped for its envelope, plain for sealed, once. Nothing else about the
-- note may change, and a sealed note can neither be rewritten nor turned back into plain text.
CREATE OR REPLACE FUNCTION checkins_content_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.space_id, NEW.member_id, NEW.kind, NEW.submitted_at, NEW.utc_offset_minutes, NEW.trust_now,
      NEW.elements, NEW.emotions, NEW.signs, NEW.need, NEW.safety)
     IS DISTINCT FROM
     (OLD.id, OLD.space_id, OLD.member_id, OLD.kind, OLD.submitted_at, OLD.utc_offset_minutes, OLD.trust_now,
      OLD.elements, OLD.emotions, OLD.signs, OLD.need, OLD.safety)
     OR ((NEW.private_note, NEW.sealed_note) IS DISTINCT FROM (OLD.private_note, OLD.sealed_note)
         AND NOT (OLD.private_note IS NOT NULL AND OLD.sealed_note IS NULL
                  AND NEW.private_note IS NULL AND NEW.sealed_note IS NOT NULL)) THEN
    RAISE EXCEPTION 'a check-in cannot be changed after it is written; only its sharing can, and an older note be sealed'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;

-- Number the events the live stream carries, per space and in the order they were written, so stream
-- ids stop counting the private actions in between. The kinds are those streamed when this ran.
WITH numbered AS (
  SELECT "id", row_number() OVER (PARTITION BY "space_id" ORDER BY "id") AS "position"
  FROM "space_events"
  WHERE "kind" IN (
    'statement.shared', 'statement.responded', 'question.sent', 'question.answered',
    'question.time_requested', 'question.reviewed', 'question.set_aside', 'question.reopened',
    'reassurance.requested', 'reassurance.replied', 'reassurance.rated', 'talk.proposed',
    'talk.time_proposed', 'talk.accepted', 'talk.started', 'talk.paused', 'talk.resumed',
    'talk.ended', 'talk.cancelled', 'talk.point', 'talk.reflection', 'talk.rating', 'talk.summary',
    'agreement.propose', 'agreement.counter', 'agreement.accept', 'agreement.decline',
    'agreement.cancel', 'agreement.renew', 'agreement.revise', 'agreement.retire',
    'agreement.withdraw', 'agreement.breach_self_reported', 'agreement.breach_reported',
    'agreement.breach_answered', 'boundary.created', 'boundary.revised', 'boundary.retired',
    'boundary.acknowledged', 'promise.made', 'promise.ended', 'promise.kept', 'promise.missed',
    'promise.confirmed', 'promise.disputed', 'transparency.shared', 'transparency.confirmed',
    'transparency.disputed', 'appreciation.sent', 'time_together.planned', 'time_together.change',
    'time_together.mark_done', 'time_together.set_aside', 'time_together.reflections_revealed'
  )
)
UPDATE "space_events" SET "stream_position" = numbered."position"
FROM numbered WHERE "space_events"."id" = numbered."id";
--> statement-breakpoint
UPDATE "spaces" SET "stream_position" = coalesce(
  (SELECT max("stream_position") FROM "space_events" WHERE "space_events"."space_id" = "spaces"."id"), 0
);
--> statement-breakpoint
-- A member's ids start after whatever was streamed before their first event in the space (joining it).
UPDATE "space_members" SET "stream_position_at_join" = coalesce(
  (SELECT max(e."stream_position") FROM "space_events" e
   WHERE e."space_id" = "space_members"."space_id"
     AND e."id" < (SELECT min(j."id") FROM "space_events" j WHERE j."member_id" = "space_members"."id")),
  0
);

import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "../../../server/src/db/database.ts";
import { rawRows } from "../../../server/src/db/raw-rows.ts";
import { hashPassword } from "../../../server/src/features/accounts/passwords.ts";

/** Every generated person signs in with this, so a bench can open any generated space through the API. */
export const otherSpacesPassword = "a generated passphrase for scale";

export interface OtherSpacesOptions {
  /** How many two-person spaces to add. */
  spaces: number;
  /** Days of history each has: two daily check-ins a day, a daily promise marked, an appreciation a week. */
  days: number;
  /** When the first of them began; every space starts on the same day. */
  start: Date;
  /** The number of the first space added (1 unless spaces are already there), which names its rows and people. */
  first?: number;
}

/** Ten thousand spaces of forty days each (800,000 check-ins), the last of them days ending today. */
export function otherSpacesOptions(spaces = 10_000, days = 40, first = 1): OtherSpacesOptions {
  const start = new Date(Date.now() - days * 86_400_000);
  start.setUTCHours(8, 0, 0, 0);
  return { spaces, days, start, first };
}

/** The number of the last space `options` adds. */
export const lastOtherSpace = (options: OtherSpacesOptions) => (options.first ?? 1) + options.spaces - 1;

/** How a generated space and its people are named, for a bench to sign in and look one up. */
export const otherSpaceEmail = (space: number, person: "a" | "b") =>
  `scale-${space}-${person}@example.invalid`;

const spacesPerBatch = 500;

/**
 * Adds other couples' histories to a database, as the app itself would have written them: the
 * same rows in the same tables (accounts, spaces, members, the invitation, check-ins and their events, a promise with
 * its marks, appreciations), the same event kinds and data, and the live stream's positions counted
 * per space over the streamed kinds only. Built with INSERT … SELECT over generate_series, so it
 * runs inside the database on PostgreSQL and on the embedded one alike. Ids come from md5 of a name,
 * so each table's rows can refer to the others without reading them back.
 */
export async function addOtherSpaces(
  handle: DatabaseHandle,
  options: OtherSpacesOptions = otherSpacesOptions(),
): Promise<{ checkins: number; marks: number; appreciations: number; events: number }> {
  const passwordHash = await hashPassword(otherSpacesPassword);
  const start = options.start.toISOString();
  const lastDay = options.days - 1;
  const db = handle.db;
  const [role] = await rawRows<{ superuser: boolean }>(
    db,
    sql`select rolsuper as superuser from pg_roles where rolname = current_user`,
  );
  const last = lastOtherSpace(options);
  for (let from = options.first ?? 1; from <= last; from += spacesPerBatch) {
    const to = Math.min(last, from + spacesPerBatch - 1);
    const people = sql`generate_series(${from}::int, ${to}::int) as n, (values ('a'), ('b')) as person(who)`;
    const spaceId = sql`md5('scale-space-' || n)::uuid`;
    const memberId = (who: unknown) => sql`md5('scale-member-' || n || '-' || ${who})::uuid`;
    const at = (offset: unknown) => sql`(${start}::timestamptz + ${offset})`;
    await db.transaction(async (tx) => {
      // Every reference is right by construction, so checking each foreign key row by row (most of
      // the time taken) can be skipped where the database lets us; nothing else runs on insert.
      if (role?.superuser) await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`set local work_mem = '64MB'`);
      await tx.execute(sql`
        insert into accounts (id, email, password_hash, display_name, created_at)
        select md5('scale-account-' || n || '-' || who)::uuid, 'scale-' || n || '-' || who || '@example.invalid',
          ${passwordHash}, case who when 'a' then 'Robin' else 'Kit' end, ${at(sql`interval '0'`)}
        from ${people}`);
      await tx.execute(sql`
        insert into spaces (id, relationship, breach_kinds, expected_name, created_at)
        select ${spaceId}, 'partner', array['lying'], 'Kit', ${at(sql`interval '0'`)}
        from generate_series(${from}::int, ${to}::int) as n`);
      // Both join before anything is streamed, so both count stream ids from 0.
      await tx.execute(sql`
        insert into space_members (id, space_id, account_id, view, joined_at, stream_position_at_join)
        select ${memberId(sql`who`)}, ${spaceId}, md5('scale-account-' || n || '-' || who)::uuid,
          case who when 'a' then 'me' else 'them' end,
          ${at(sql`case who when 'a' then interval '0' else interval '1 hour' end`)}, 0
        from ${people}`);
      // The link Robin sent, used within the hour; its secret's hash is of a token nobody holds.
      await tx.execute(sql`
        insert into invitations (id, space_id, created_by_member_id, token_hash, created_at, expires_at, accepted_at)
        select md5('scale-invitation-' || n)::uuid, ${spaceId}, ${memberId(sql`'a'`)},
          encode(sha256(convert_to('scale-invitation-' || n, 'UTF8')), 'hex'),
          ${at(sql`interval '30 minutes'`)}, ${at(sql`interval '7 days 30 minutes'`)}, ${at(sql`interval '1 hour'`)}
        from generate_series(${from}::int, ${to}::int) as n`);
      // Each person's evening check-in, with only the trust number shared.
      await tx.execute(sql`
        insert into checkins (id, space_id, member_id, kind, submitted_at, utc_offset_minutes, trust_now,
          elements, emotions, signs, need, private_note, safety, sharing)
        select md5('scale-checkin-' || n || '-' || who || '-' || d)::uuid, ${spaceId}, ${memberId(sql`who`)},
          'daily', ${at(sql`d * interval '1 day' + interval '12 hours' + case who when 'a' then interval '0' else interval '10 minutes' end`)},
          0, (n + d) % 11, null, '{}'::jsonb, '{}'::text[], null, null, null,
          '{"trustNow":true,"elements":false,"emotions":false,"signs":false,"need":false}'::jsonb
        from ${people}, generate_series(0, ${lastDay}::int) as d`);
      // Robin promises a message every evening at six, from the second day, and marks it the same evening.
      await tx.execute(sql`
        insert into promises (id, space_id, maker_member_id, text, schedule, time_zone, grace_hours, created_at)
        select md5('scale-promise-' || n)::uuid, ${spaceId}, ${memberId(sql`'a'`)},
          'Message at six to say how the day went',
          jsonb_build_object('kind', 'daily', 'time', '18:00',
            'startsOn', to_char((${start}::timestamptz + interval '1 day') at time zone 'UTC', 'YYYY-MM-DD')),
          'UTC', 12, ${at(sql`interval '2 hours'`)}
        from generate_series(${from}::int, ${to}::int) as n`);
      await tx.execute(sql`
        insert into promise_marks (id, promise_id, member_id, occurrence, outcome, note, at)
        select md5('scale-mark-' || n || '-' || d)::uuid, md5('scale-promise-' || n)::uuid, ${memberId(sql`'a'`)},
          to_char((${start}::timestamptz + d * interval '1 day') at time zone 'UTC', 'YYYY-MM-DD') || 'T18:00',
          case when (n + d) % 5 = 0 then 'missed' else 'kept' end, null,
          (date_trunc('day', ${start}::timestamptz at time zone 'UTC') + d * interval '1 day' + interval '19 hours')
            at time zone 'UTC'
        from generate_series(${from}::int, ${to}::int) as n, generate_series(1, ${lastDay}::int) as d`);
      // Kit thanks Robin once a week.
      await tx.execute(sql`
        insert into appreciations (id, space_id, from_member_id, to_member_id, text, created_at)
        select md5('scale-appreciation-' || n || '-' || d)::uuid, ${spaceId}, ${memberId(sql`'b'`)},
          ${memberId(sql`'a'`)}, 'Thank you for telling me about your day.',
          ${at(sql`d * interval '1 day' + interval '9 hours'`)}
        from generate_series(${from}::int, ${to}::int) as n, generate_series(3, ${lastDay}::int, 7) as d`);
      // The trail, in time order, as each write's transaction would have left it.
      await tx.execute(sql`
        insert into space_events (space_id, member_id, kind, at, data, stream_position)
        select space_id, member_id, kind, at, data,
          case when streamed then count(*) filter (where streamed)
            over (partition by space_id order by at, kind rows unbounded preceding) end
        from (
          select space_id, member_id, kind, at, data,
            kind in ('promise.made', 'promise.kept', 'promise.missed', 'appreciation.sent') as streamed
          from (
            select ${spaceId} as space_id, ${memberId(sql`'a'`)} as member_id, 'space.created' as kind,
              ${at(sql`interval '0'`)} as at, '{}'::jsonb as data
            from generate_series(${from}::int, ${to}::int) as n
            union all
            select ${spaceId}, ${memberId(sql`'a'`)}, 'invitation.created', ${at(sql`interval '30 minutes'`)}, '{}'::jsonb
            from generate_series(${from}::int, ${to}::int) as n
            union all
            select ${spaceId}, ${memberId(sql`'b'`)}, 'member.joined', ${at(sql`interval '1 hour'`)}, '{}'::jsonb
            from generate_series(${from}::int, ${to}::int) as n
            union all
            select space_id, member_id, 'checkin.submitted', submitted_at, jsonb_build_object('checkinId', id)
            from checkins where space_id in (select ${spaceId} from generate_series(${from}::int, ${to}::int) as n)
            union all
            select space_id, maker_member_id, 'promise.made', created_at, jsonb_build_object('subjectId', id)
            from promises where space_id in (select ${spaceId} from generate_series(${from}::int, ${to}::int) as n)
            union all
            select p.space_id, m.member_id, 'promise.' || m.outcome, m.at,
              jsonb_build_object('subjectId', p.id, 'occurrence', m.occurrence)
            from promise_marks m join promises p on p.id = m.promise_id
            where p.space_id in (select ${spaceId} from generate_series(${from}::int, ${to}::int) as n)
            union all
            select space_id, from_member_id, 'appreciation.sent', created_at, jsonb_build_object('subjectId', id)
            from appreciations where space_id in (select ${spaceId} from generate_series(${from}::int, ${to}::int) as n)
          ) as happened
        ) as trail
        order by at, kind`);
      await tx.execute(sql`
        update spaces set stream_position = counted.position
        from (
          select space_id, max(stream_position) as position from space_events
          where space_id in (select ${spaceId} from generate_series(${from}::int, ${to}::int) as n)
          group by space_id
        ) as counted
        where spaces.id = counted.space_id`);
    });
  }
  const marksPerSpace = lastDay;
  const appreciationsPerSpace = Math.floor((lastDay - 3) / 7) + 1;
  const checkins = options.spaces * options.days * 2;
  return {
    checkins,
    marks: options.spaces * marksPerSpace,
    appreciations: options.spaces * appreciationsPerSpace,
    events: checkins + options.spaces * (4 + marksPerSpace + appreciationsPerSpace),
  };
}

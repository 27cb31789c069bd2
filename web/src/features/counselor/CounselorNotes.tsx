import type { CounselorNoteView } from "@mend/core/counselor/contract";
import { formatDate, formatDateTime } from "../../ui/dates.ts";

/** Notes a counselor wrote to both members, newest first: the same list for the two of them. */
export function CounselorNotes({ notes, empty }: { notes: readonly CounselorNoteView[]; empty: string }) {
  if (notes.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="heal-list">
      {notes.map((note) => (
        <li key={note.id} className="heal-note">
          <p className="heal-note__text written">{note.text}</p>
          <p className="heal-note__date">
            {note.by} · <time dateTime={note.at}>{formatDateTime(note.at)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The days a counselor looked, as plain dates: access is never invisible. */
export function LookedOn({ days }: { days: readonly string[] }) {
  if (days.length === 0) return <p className="muted">The counselor hasn't looked at this space yet.</p>;
  return (
    <p>
      The counselor looked on{" "}
      {days.map((day, index) => (
        <span key={day}>
          {index > 0 && (index === days.length - 1 ? " and " : ", ")}
          <time dateTime={day}>{formatDate(`${day}T12:00:00Z`)}</time>
        </span>
      ))}
      .
    </p>
  );
}

import type { Draft } from "./use-draft.ts";

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });

/** Says, quietly, that the words are being kept, and offers to start again from a draft brought back. */
export function DraftNote({ draft }: { draft: Draft }) {
  return (
    <div className="draft-note">
      {draft.restoredFrom && (
        <p>
          We brought back what you were writing ({timeOnly.format(draft.restoredFrom)}).{" "}
          <button type="button" className="link-button" onClick={draft.discard}>
            Start again
          </button>
        </p>
      )}
      <p className="draft-note__status">
        <DraftStatusText draft={draft} />
      </p>
    </div>
  );
}

function DraftStatusText({ draft }: { draft: Draft }) {
  switch (draft.status) {
    case "idle":
      return "As you write, a private draft is kept that only you can see.";
    case "waiting":
    case "saving":
      return "Keeping your draft…";
    case "saved":
      return `Draft kept${draft.savedAt ? ` at ${timeOnly.format(draft.savedAt)}` : ""}. Only you can see it.`;
    case "failed":
      return (
        <span role="alert">
          We couldn't keep a draft just now; your words are still here.{" "}
          <button type="button" className="link-button" onClick={draft.retry}>
            Try again
          </button>
        </span>
      );
  }
}

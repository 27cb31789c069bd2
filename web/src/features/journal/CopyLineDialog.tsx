import { linesOf } from "@mend/core/journal/entry";
import { useRef, useState } from "react";
import { Modal } from "../../ui/Modal.tsx";

type Copied = { line: string; how: "clipboard" | "by-hand" };

/**
 * Copies one line of an entry to the clipboard, to paste into a draft the person is writing elsewhere.
 * Nothing is sent: the line leaves the journal only when the person pastes it and shares that draft.
 */
export function CopyLineDialog({ text, onClose }: { text: string; onClose: () => void }) {
  const [copied, setCopied] = useState<Copied | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const lines = linesOf(text);

  const copy = async (line: string) => {
    try {
      await navigator.clipboard.writeText(line);
      setCopied({ line, how: "clipboard" });
    } catch {
      setCopied({ line, how: "by-hand" });
    }
  };

  return (
    <Modal open title="Copy a line into a draft" onClose={onClose} initialFocus={closeRef}>
      <div className="dialog__body">
        <p>
          Choose a line to copy, then paste it into something you are writing in one of your spaces: a
          statement, a question, an answer or a letter. Nothing leaves your journal unless you paste it there
          and share what you wrote.
        </p>
        <ul className="journal-lines">
          {lines.map((line, index) => (
            // Two lines may read the same; their place tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id of their own and never reorder here
            <li key={index} className="journal-lines__item">
              <span className="journal-lines__text">{line}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => void copy(line)}
                aria-label={`Copy this line: ${line.length > 60 ? `${line.slice(0, 60)}…` : line}`}
              >
                Copy
              </button>
            </li>
          ))}
        </ul>
        <div role="status">
          {copied?.how === "clipboard" && (
            <p className="notice notice--success">
              Copied. Paste it into a draft with Ctrl+V (⌘V on a Mac, or press and hold on a phone). It stays
              on this device's clipboard until you copy something else.
            </p>
          )}
          {copied?.how === "by-hand" && (
            <div className="notice notice--info">
              <p>This browser did not let Mend copy. The line is selected below: copy it yourself.</p>
              <textarea
                className="input text-area"
                readOnly
                rows={3}
                aria-label="The line to copy"
                value={copied.line}
                ref={(area) => area?.select()}
              />
            </div>
          )}
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onClose} ref={closeRef}>
          Done
        </button>
      </div>
    </Modal>
  );
}

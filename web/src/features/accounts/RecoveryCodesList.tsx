import { useState } from "react";

type CopyState = "idle" | "copied" | "failed";

const fileText = (codes: string[]) =>
  [
    "Mend recovery codes",
    "",
    "Each code works once. With your email and one of these you can choose a new password",
    "if you forget yours. Keep them somewhere only you can reach.",
    "",
    ...codes,
    "",
  ].join("\n");

/** The codes, large and in order, with a way to copy or download them all. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const [copy, setCopy] = useState<CopyState>("idle");

  const copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([fileText(codes)], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "mend-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="recovery-codes">
      <ol className="recovery-codes__list" aria-label="Your recovery codes">
        {codes.map((code) => (
          <li key={code} className="recovery-codes__code">
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copyCodes()}>
          {copy === "copied" ? "Copied" : "Copy the codes"}
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          Download as a file
        </button>
      </div>
      <p aria-live="polite" className="muted">
        {copy === "copied" && "The codes are copied. Paste them somewhere safe."}
        {copy === "failed" &&
          "This browser wouldn't copy them. Select the codes above, or download the file."}
      </p>
    </div>
  );
}

import type { ControlWarningView } from "@mend/core/agreements/contract";
import { useQuery } from "@tanstack/react-query";
import { useDebouncedValue } from "../coach/use-debounced-value.ts";
import { checkControl } from "./api.ts";

interface ListProps {
  warnings: ControlWarningView[];
  notice: string | null;
  title?: string;
}

/** Warnings about wording that reads as control, with what tells a boundary from control. */
export function ControlWarningList({
  warnings,
  notice,
  title = "This wording may read as control",
}: ListProps) {
  if (warnings.length === 0) return null;
  return (
    <div className="callout callout--care control-warnings">
      <h3 className="callout__title">{title}</h3>
      <ul className="control-warnings__list">
        {warnings.map((warning) => (
          <li key={`${warning.kind}-${warning.excerpt}`} className="control-warning">
            <p className="control-warning__title">
              {warning.title}: <q className="control-warning__excerpt">{warning.excerpt}</q>
            </p>
            <p>{warning.explanation}</p>
          </li>
        ))}
      </ul>
      {notice && <p className="control-warnings__notice">{notice}</p>}
    </div>
  );
}

/**
 * Checks the words as they are written (once typing pauses) and says plainly when they read as
 * control. Nothing is stored; the check never stops anyone from sending.
 */
export function LiveControlCheck({ spaceId, texts }: { spaceId: string; texts: string[] }) {
  // Compared as one string, so a new array with the same words doesn't restart the wait.
  const settled = useDebouncedValue(JSON.stringify(texts.map((text) => text.trim())), 600);
  const filled = (JSON.parse(settled) as string[]).filter((text) => text.length > 0);
  const check = useQuery({
    queryKey: ["spaces", spaceId, "control-check", filled] as const,
    queryFn: () => checkControl(spaceId, filled),
    enabled: filled.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: (previous) => previous,
  });
  const warnings = filled.length > 0 ? (check.data?.warnings ?? []) : [];
  return (
    <div aria-live="polite">
      <ControlWarningList warnings={warnings} notice={check.data?.notice ?? null} />
    </div>
  );
}

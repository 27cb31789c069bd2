import type { ReactNode } from "react";
import { isApiError } from "../api/client.ts";

/** A calm placeholder while something loads; announced politely to screen readers. */
export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

interface ErrorStateProps {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}

/** Says what went wrong in plain words and what the person can do about it. */
export function ErrorState({ title = "We couldn't load this", error, onRetry, children }: ErrorStateProps) {
  const message = isApiError(error) ? error.message : "Something unexpected went wrong.";
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{title}</h2>
      <p>{message}</p>
      {children}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <h3 className="state__title">{title}</h3>
      {children}
    </div>
  );
}

/** A short message about something that just happened ("You've logged out"). */
export function Notice({ children, tone = "success" }: { children: ReactNode; tone?: "success" | "info" }) {
  return (
    <div className={`notice notice--${tone}`} role="status">
      {children}
    </div>
  );
}

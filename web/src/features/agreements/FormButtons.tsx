interface Props {
  submitLabel: string;
  /** Shown on the submit button while the form is being saved, when it is disabled. */
  pendingLabel?: string;
  pending: boolean;
  /** Without it there is nothing to go back to, and no Cancel. */
  onCancel?: (() => void) | undefined;
}

/** How the forms for agreements, promises and boundaries end: save, or a quieter Cancel beside it. */
export function FormButtons({ submitLabel, pendingLabel = "Saving…", pending, onCancel }: Props) {
  return (
    <div className="button-row">
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

import { type FormEvent, useState } from "react";
import { RecoveryCodesList } from "./RecoveryCodesList.tsx";

interface Props {
  codes: string[];
  onDone: () => void;
}

/** Right after sign-up: the only time these codes are shown. The person says they have kept them before going on. */
export function RecoveryCodesStep({ codes, onDone }: Props) {
  const [kept, setKept] = useState(false);
  const [reminded, setReminded] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kept) onDone();
    else setReminded(true);
  };

  return (
    <div className="page page--narrow">
      <h1>Keep these recovery codes</h1>
      <p className="lead">
        If you ever forget your password, your email and one of these codes let you choose a new one. Each
        code works once. We only show them now: we keep nothing that could show them again.
      </p>
      <p>
        Save them somewhere only you can reach: a password manager, or a printout kept safe. Not in a place
        someone else can open.
      </p>
      <RecoveryCodesList codes={codes} />
      <form className="form" onSubmit={submit} noValidate>
        <div className={`choice${reminded && !kept ? " field--error" : ""}`}>
          <input
            className="choice__input"
            type="checkbox"
            id="codes-kept"
            checked={kept}
            onChange={(event) => setKept(event.target.checked)}
            aria-describedby={reminded && !kept ? "codes-kept-error" : undefined}
          />
          <label className="choice__label" htmlFor="codes-kept">
            I've saved my recovery codes
          </label>
        </div>
        {reminded && !kept && (
          <p className="field__error" id="codes-kept-error" role="alert">
            Tick the box once your codes are saved. You won't see them again.
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary">
            Continue
          </button>
        </div>
      </form>
    </div>
  );
}

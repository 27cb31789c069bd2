import { useState } from "react";
import { TextField } from "../../ui/TextField.tsx";

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  autoComplete: "new-password" | "current-password";
}

/** A password input with a button to show what was typed, which helps on a phone keyboard. */
export function PasswordField({ id, label, value, onChange, error, hint, autoComplete }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <TextField
      id={id}
      label={label}
      type={shown ? "text" : "password"}
      value={value}
      onChange={onChange}
      error={error}
      hint={hint}
      autoComplete={autoComplete}
      spellCheck={false}
      autoCapitalize="off"
      maxLength={1024}
      after={
        <button
          type="button"
          className="button button--secondary button--small field__toggle"
          aria-controls={id}
          aria-pressed={shown}
          onClick={() => setShown((value) => !value)}
        >
          {shown ? "Hide" : "Show"}
          <span className="visually-hidden"> password</span>
        </button>
      }
    />
  );
}

import { TextField } from "../../ui/TextField.tsx";

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
}

/** The email address an account logs in with, typed as it is: no spell check, no capital letters. */
export function EmailField({ id, value, onChange, error, hint }: Props) {
  return (
    <TextField
      id={id}
      label="Email address"
      hint={hint}
      type="email"
      value={value}
      onChange={onChange}
      error={error}
      autoComplete="email"
      spellCheck={false}
      autoCapitalize="off"
      maxLength={254}
    />
  );
}

import { passwordOnlyInput } from "@mend/core/accounts/contract";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { vaultStateKey } from "../vault/vault-keys.ts";
import { useMakeRecoveryCodes } from "./api.ts";
import { PasswordField } from "./PasswordField.tsx";
import { RecoveryCodesList } from "./RecoveryCodesList.tsx";
import { endedSentence } from "./sessions-ended.ts";

const fieldIds = { password: "codes-password" };

function codesLeftSentence(left: number): string {
  if (left === 0) return "You have no recovery codes left. Make new ones so you can always get back in.";
  if (left === 1) return "You have one recovery code left. Make new ones soon.";
  return `You have ${left} unused recovery codes.`;
}

export function RecoveryCodesSection({
  accountId,
  codesLeft,
  codesOpenVault,
}: {
  accountId: string;
  codesLeft: number;
  codesOpenVault: boolean;
}) {
  const client = useQueryClient();
  // Making codes may open a closed vault first (they must wrap its key); the vault section then says so.
  const make = useMakeRecoveryCodes(accountId, () => client.setQueryData(vaultStateKey, "open"));
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(make.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (make.isPending) return;
    const checked = checkInput(passwordOnlyInput, { password });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    make.mutate(checked.input, { onSuccess: () => setPassword("") });
  };

  return (
    <section className="section" aria-labelledby="codes-title">
      <h2 id="codes-title">Recovery codes</h2>
      <p>
        If you forget your password, your email and one of these one-time codes let you choose a new one.
        Codes are made in your browser, and each one also opens your vault, so it stays readable after a
        recovery. This Mend's server never sees a code.
      </p>
      {make.data ? (
        <>
          <Notice>
            Here are your new codes. The old ones no longer work.{" "}
            {endedSentence(make.data.otherSessionsEnded)}
          </Notice>
          <p>Save them now somewhere only you can reach: this is the only time they're shown.</p>
          <RecoveryCodesList codes={make.data.codes} />
        </>
      ) : (
        <>
          <p>{codesLeftSentence(codesLeft)}</p>
          {codesLeft > 0 && !codesOpenVault && (
            <Notice>
              Your codes still let you choose a new password, but they cannot open your vault: they were made
              before it, or while it was locked. Make new codes so that any one of them opens your vault too.
            </Notice>
          )}
          <ErrorSummary error={make.error} errors={problems ?? undefined} fieldIds={fieldIds} />
          <form className="form" onSubmit={submit} noValidate aria-label="Make new recovery codes">
            <PasswordField
              id={fieldIds.password}
              label="Your password"
              hint="New codes replace all the old ones, and log you out everywhere else. If your vault is closed in this tab, your password opens it first."
              value={password}
              onChange={setPassword}
              error={errors.fields.password}
              autoComplete="current-password"
            />
            <div className="button-row">
              <button type="submit" className="button button--secondary" disabled={make.isPending}>
                {make.isPending ? "Making codes…" : "Make new codes"}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

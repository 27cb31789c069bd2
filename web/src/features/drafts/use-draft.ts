import {
  type DraftFields,
  type DraftView,
  draftFromPlaintext,
  draftPlaintext,
  isBlankDraft,
} from "@mend/core/drafts/contract";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, isApiError, segment } from "../../api/client.ts";
import { holdWriting } from "../accounts/renewal.ts";
import { useSession } from "../accounts/session.ts";
import { newVaultItemId, openFromVault, sealForVault, VaultClosedError } from "../vault/items.ts";
import { useVaultState } from "../vault/VaultGate.tsx";

/** "locked": the vault is not open in this tab, so nothing can be sealed and no draft is kept or shown. */
export type DraftStatus = "idle" | "waiting" | "saving" | "saved" | "failed" | "locked";

export interface Draft {
  status: DraftStatus;
  /** The account whose vault seals this draft. */
  accountId: string | null;
  savedAt: Date | null;
  /** When the form was filled from a draft kept earlier: the time that draft was saved. */
  restoredFrom: Date | null;
  /** Call once the text itself is saved: the draft is removed and the form's text becomes the new start. */
  clear: () => void;
  /** Throws the draft away and puts the form back as it started. */
  discard: () => void;
  /** Saves now whatever is waiting (after a failure, for instance). */
  retry: () => void;
}

interface Options {
  spaceId: string;
  /** Names the form and what it is about (`letter:new`, `question:<id>:answer`); null keeps nothing. */
  formKey: string | null;
  /** The form's texts, by field name. */
  value: DraftFields;
  /** Puts saved texts back into the form. */
  restore: (fields: DraftFields) => void;
}

const saveDelayMs = 1200;
const draftPath = (spaceId: string, formKey: string) =>
  `/api/spaces/${segment(spaceId)}/drafts/${segment(formKey)}`;

interface Snapshot {
  key: string;
  value: DraftFields;
}

/** What the server should hold: nothing for a blank form or one that is as it started (or was last saved). */
const wantedFrom = (latest: Snapshot, baseline: Snapshot) =>
  latest.key === baseline.key || isBlankDraft(latest.value) ? null : latest.key;

/** The same texts always give the same string, whatever order the form lists its fields in. */
const canonical = (fields: DraftFields) =>
  JSON.stringify(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The draft's texts as the server holds them, opened in this tab (a draft from before sealing comes as it is). */
async function openDraft(accountId: string, draft: DraftView): Promise<DraftFields> {
  if (draft.sealed === null) return draft.fields ?? {};
  const opened = await openFromVault(accountId, { kind: "draft", itemId: draft.id }, draft.sealed);
  return draftFromPlaintext(opened);
}

// What `stored` says of a draft kept in the clear before drafts were sealed: no form ever matches it,
// so the next save seals it (or removes it) whatever the form holds.
const keptInTheClear = "kept-in-the-clear";

/**
 * Keeps what a person is writing as a private draft on the server, a moment after they stop typing,
 * and brings it back when they return to the form. The texts are sealed in this tab with the person's
 * vault key before they are sent, so the server keeps words it cannot read; while the vault is locked
 * no draft is kept or brought back. Nothing is kept in the browser's storage: a shared device must not
 * hold private words. While the form holds unsaved words, an ended session is renewed in place instead
 * of leaving the page (see `accounts/renewal.ts`).
 */
export function useDraft({ spaceId, formKey, value, restore }: Options): Draft {
  const accountId = useSession().data?.account?.id ?? null;
  const vaultOpen = useVaultState(accountId ?? "") === "open" && accountId !== null;
  const current = canonical(value);
  const [status, setStatus] = useState<DraftStatus>("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [restoredFrom, setRestoredFrom] = useState<Date | null>(null);
  const [loaded, setLoaded] = useState(false);

  // What needs no draft: the form as it started, or as it was last saved for real.
  const baseline = useRef<Snapshot>({ key: current, value });
  const latest = useRef<Snapshot>({ key: current, value });
  latest.current = { key: current, value };
  /** What the server holds for this form (canonical), or null when it holds nothing. */
  const stored = useRef<string | null>(null);
  const place = useRef({ spaceId, formKey, accountId });
  place.current = { spaceId, formKey, accountId };
  /** The id the draft is sealed under: the stored draft's, or a new one for the first save. */
  const itemId = useRef<string>(newVaultItemId());
  const restoreRef = useRef(restore);
  restoreRef.current = restore;
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);

  const wanted = useCallback(() => wantedFrom(latest.current, baseline.current), []);
  const wantedNow = wantedFrom({ key: current, value }, baseline.current);

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    if (running.current) return running.current;
    const work = (async () => {
      try {
        for (let next = wanted(); next !== stored.current; next = wanted()) {
          const { spaceId: space, formKey: key, accountId: account } = place.current;
          if (!key) return;
          if (!account) throw new VaultClosedError();
          setStatus("saving");
          if (next === null) await api.delete(draftPath(space, key));
          else {
            const id = itemId.current;
            const sealed = await sealForVault(
              account,
              { kind: "draft", itemId: id },
              draftPlaintext(latest.current.value),
            );
            await api.put(draftPath(space, key), { id, sealed });
          }
          stored.current = next;
        }
        setStatus(stored.current === null ? "idle" : "saved");
        setSavedAt(stored.current === null ? null : new Date());
      } catch (error) {
        setStatus(error instanceof VaultClosedError ? "locked" : "failed");
      } finally {
        running.current = null;
      }
    })();
    running.current = work;
    return work;
  }, [wanted]);

  useEffect(() => {
    setLoaded(false);
    setRestoredFrom(null);
    stored.current = null;
    if (!formKey) return;
    if (!vaultOpen || !accountId) {
      setStatus("locked");
      return;
    }
    setStatus((status) => (status === "locked" ? "idle" : status));
    let live = true;
    api
      .get<DraftView>(draftPath(spaceId, formKey))
      .then(async (draft) => {
        const fields = await openDraft(accountId, draft);
        if (!live) return;
        itemId.current = draft.id;
        stored.current = draft.sealed === null ? keptInTheClear : canonical(fields);
        // Only into a form the person has not started on since: never over what they are typing.
        if (latest.current.key === baseline.current.key) {
          restoreRef.current({ ...baseline.current.value, ...fields });
          setRestoredFrom(new Date(draft.savedAt));
        }
      })
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof VaultClosedError) setStatus("locked");
        else if (!isApiError(error, "not_found")) setStatus("failed");
      })
      .finally(() => {
        if (live) setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [spaceId, formKey, vaultOpen, accountId]);

  useEffect(() => {
    if (!loaded || wantedNow === stored.current) return;
    setStatus("waiting");
    timer.current = window.setTimeout(() => void flush(), saveDelayMs);
    return () => window.clearTimeout(timer.current);
  }, [wantedNow, loaded, flush]);

  // Words that are not saved anywhere yet keep the page in place if the session ends.
  const unsaved = wantedNow !== null;
  useEffect(() => (unsaved ? holdWriting() : undefined), [unsaved]);

  // Leaving the page mid-sentence still keeps the sentence.
  useEffect(
    () => () => {
      if (wanted() !== stored.current) void flush();
    },
    [flush, wanted],
  );

  const clear = useCallback(() => {
    baseline.current = latest.current;
    setRestoredFrom(null);
    void flush();
  }, [flush]);

  const discard = useCallback(() => {
    latest.current = baseline.current;
    restoreRef.current(baseline.current.value);
    setRestoredFrom(null);
    void flush();
  }, [flush]);

  return { status, accountId, savedAt, restoredFrom, clear, discard, retry: () => void flush() };
}

/** Builds a form's draft name from its parts (a kind, an id…), in the characters the server accepts. */
export const draftKey = (...parts: string[]) =>
  parts.map((part) => part.toLowerCase().replace(/[^a-z0-9-]+/g, "-")).join(":");

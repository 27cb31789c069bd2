import type {
  ForgivenessPathView,
  LetterView,
  OwnForgivenessReflectionView,
  ReflectionView,
  SharedForgivenessReflectionView,
} from "@mend/core/forgiveness/contract";
import type { ForgivenessPath } from "@mend/core/forgiveness/path";
import type { ReflectionKind } from "@mend/core/forgiveness/reflections";
import type { ForgivenessStepId } from "@mend/core/method/facts";
import type { ForgivenessReflectionRow, LetterRow, PrivateReflectionRow } from "./repo.ts";

const step = (row: ForgivenessReflectionRow) => row.step as ForgivenessStepId;

export function presentOwnReflection(row: ForgivenessReflectionRow): OwnForgivenessReflectionView {
  return {
    id: row.id,
    step: step(row),
    text: row.text,
    resentment: row.resentment,
    createdAt: row.createdAt.toISOString(),
    shared: row.sharedAt !== null,
  };
}

/** The other person's shared reflection: never its resentment rating or when it was written. */
export function presentSharedReflection(row: ForgivenessReflectionRow): SharedForgivenessReflectionView {
  if (!row.sharedAt) throw new Error("only shared reflections can be shown to the other person");
  return { id: row.id, step: step(row), text: row.text, sharedAt: row.sharedAt.toISOString() };
}

export function presentPath(path: ForgivenessPath): ForgivenessPathView {
  return {
    steps: path.steps.map((s) => ({
      id: s.id,
      reflections: s.reflections,
      lastReflectedAt: s.lastReflectedAt?.toISOString() ?? null,
    })),
    current: path.current,
    next: path.next,
    walkedAll: path.walkedAll,
    resentment: path.resentment.map((p) => ({ at: p.at.toISOString(), rating: p.rating })),
  };
}

export function presentLetter(row: LetterRow): LetterView {
  return {
    id: row.id,
    sealed: row.sealed,
    plain: row.body === null ? null : { title: row.title, body: row.body },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentPrivateReflection(row: PrivateReflectionRow): ReflectionView {
  return {
    id: row.id,
    kind: row.kind as ReflectionKind,
    promptId: row.promptId,
    sealed: row.sealed,
    plain: row.text,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

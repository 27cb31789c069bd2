import type { CheckinKind, Sharing, TrustSign } from "./fields.ts";
import { isSafetyConcern } from "./safety.ts";
import type { Checkin, ElementRatings, EmotionIntensities } from "./schema.ts";

/**
 * What the other member may see: only sections the author shared. Unshared sections are absent,
 * not null, so a new private field cannot leak by being forgotten in an allow-list.
 */
export interface CheckinSharedView {
  audience: "other";
  id: string;
  authorId: string;
  kind: CheckinKind;
  submittedAt: Date;
  trustNow?: number;
  elements?: ElementRatings;
  emotions?: EmotionIntensities;
  signs?: TrustSign[];
  need?: string;
}

/**
 * The author's own view: everything they wrote and what they chose to share. The safety answer
 * itself is write-only (someone holding the author's phone should not be able to read it back);
 * the author gets `safetyFollowUp` so the app can offer the private safety page.
 */
export interface CheckinAuthorView {
  audience: "author";
  id: string;
  authorId: string;
  kind: CheckinKind;
  submittedAt: Date;
  trustNow: number;
  elements?: ElementRatings;
  emotions: EmotionIntensities;
  signs: TrustSign[];
  need?: string;
  /** The private note's envelope, which only the author's browser can open. */
  sealedNote?: string;
  /** A private note from before the vault, until the author's browser seals it. */
  plainNote?: string;
  sharing: Sharing;
  safetyFollowUp?: true;
}

export type CheckinView = CheckinAuthorView | CheckinSharedView;

/** Copies, so a view never aliases the stored record. */
function copyRatings(checkin: Checkin): ElementRatings | undefined {
  return checkin.kind === "weekly" ? { ...checkin.elements } : undefined;
}

/**
 * The other member's view. Built only from the shared sections and the check-in's identity, so it is
 * the same whether or not a private note or a safety answer exists, and whatever they say.
 */
export function presentSharedCheckin(checkin: Checkin): CheckinSharedView {
  const { sharing } = checkin;
  const view: CheckinSharedView = {
    audience: "other",
    id: checkin.id,
    authorId: checkin.authorId,
    kind: checkin.kind,
    submittedAt: checkin.submittedAt,
  };
  if (sharing.trustNow) view.trustNow = checkin.trustNow;
  const elements = copyRatings(checkin);
  if (sharing.elements && elements !== undefined) view.elements = elements;
  if (sharing.emotions) view.emotions = { ...checkin.emotions };
  if (sharing.signs) view.signs = [...checkin.signs];
  if (sharing.need && checkin.need !== undefined) view.need = checkin.need;
  return view;
}

/**
 * True when the other person can see at least one part. A check-in that shares nothing does not
 * exist for them: not in lists, counts, dates, progress or help, so its timing tells them nothing.
 */
export function sharesSomething(view: CheckinSharedView): boolean {
  return (
    view.trustNow !== undefined ||
    view.elements !== undefined ||
    view.emotions !== undefined ||
    view.signs !== undefined ||
    view.need !== undefined
  );
}

/**
 * Decided on what the other person would actually be shown, not on the switches: a switched-on
 * section with nothing in it (a request left empty) shows them nothing.
 */
export function isSharedWithOther(checkin: Checkin): boolean {
  return sharesSomething(presentSharedCheckin(checkin));
}

export function presentOwnCheckin(checkin: Checkin): CheckinAuthorView {
  const view: CheckinAuthorView = {
    audience: "author",
    id: checkin.id,
    authorId: checkin.authorId,
    kind: checkin.kind,
    submittedAt: checkin.submittedAt,
    trustNow: checkin.trustNow,
    emotions: { ...checkin.emotions },
    signs: [...checkin.signs],
    sharing: { ...checkin.sharing },
  };
  const elements = copyRatings(checkin);
  if (elements !== undefined) view.elements = elements;
  if (checkin.need !== undefined) view.need = checkin.need;
  if (checkin.sealedNote !== undefined) view.sealedNote = checkin.sealedNote;
  if (checkin.plainNote !== undefined) view.plainNote = checkin.plainNote;
  if (isSafetyConcern(checkin.safety)) view.safetyFollowUp = true;
  return view;
}

/**
 * The one presenter routes should use. Anyone who is not the author gets the shared view: deny by
 * default, so a mistaken viewer id can only ever see less.
 */
export function presentCheckin(checkin: Checkin, viewerId: string): CheckinView {
  return viewerId === checkin.authorId ? presentOwnCheckin(checkin) : presentSharedCheckin(checkin);
}

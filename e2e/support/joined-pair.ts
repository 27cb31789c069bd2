import {
  breachKindLabels,
  breachViewLabels,
  type CreateSpaceInput,
  relationshipLabels,
} from "@mend/core/spaces/contract";
import { keysForNewPassword, newVaultKey, wrapVaultKey } from "@mend/core/vault/keys";
import { makeRecoveryCodes } from "@mend/core/vault/recovery-codes";
import type { APIRequestContext, Page } from "@playwright/test";
import type { SpaceAnswers } from "../pages/new-space-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { baseURL } from "./env.ts";
import { expect } from "./fixtures.ts";
import { newPerson, type Person } from "./people.ts";

export interface JoinedPair {
  /** The person who started the space. */
  first: { page: Page; person: Person };
  /** The person who joined through the invitation. */
  second: { page: Page; person: Person };
  /** The space's address, e.g. http://…/spaces/<id>. */
  spaceUrl: string;
}

/** A write as the page makes it; the browser context's own request context shares its cookies. */
async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const response = await request.post(path, { data, headers: { "x-mend-csrf": "1", origin: baseURL } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * Signs a person up as the sign-up page does, in this process instead of the tab: the password's keys,
 * the vault key wrapped by one of them, and ten recovery codes that wrap it too.
 */
async function signUpThroughApi(page: Page, person: Person): Promise<void> {
  const request = page.context().request;
  const { settings: keySettings, ...keys } = await keysForNewPassword(person.password);
  const session = await post<{ account: { id: string } }>(request, "/api/auth/signup", {
    email: person.email,
    password: keys.authSecret,
    displayName: person.name,
    keySettings,
  });
  const accountId = session.account.id;
  const vaultKey = await newVaultKey();
  await post(request, "/api/vault/key", {
    wrappedByPassword: await wrapVaultKey(keys.keyEncryptionKey, vaultKey, accountId, "password"),
  });
  const codes = await makeRecoveryCodes(accountId, vaultKey);
  await post(request, "/api/account/recovery-codes", { password: keys.authSecret, codes: codes.stored });
}

/** The value behind a label of the new space and join pages. */
function choiceLabelled<T extends string>(labels: Record<T, string>, label: string): T {
  const found = (Object.entries(labels) as [T, string][]).find(([, text]) => text === label);
  if (!found) throw new Error(`No choice is labelled "${label}"`);
  return found[0];
}
/** Who broke trust, as labelled: "<name> did" is the other person. */
const viewOf = (label: string) =>
  / did$/.test(label) && label !== "I did" ? "them" : choiceLabelled(breachViewLabels, label);

/**
 * Two people in one space, with the roles a test needs: the first starts it and invites, the second
 * joins, giving their own view of who broke trust. Both are set up through the API, as their browsers
 * would (the sign-up, new space and join pages have tests of their own), and both end on the space's
 * home page, freshly loaded, so the vault is closed in both tabs as after any page load.
 */
export async function joinedPair(
  page: Page,
  openDevice: () => Promise<Page>,
  options: {
    names: [string, string];
    space: Omit<SpaceAnswers, "otherName">;
    /** The second person's answer, as labelled on the join page ("Alex did", "I did", "Both of us"…). */
    secondView: string;
  },
): Promise<JoinedPair> {
  const [firstName, secondName] = options.names;
  const first = newPerson(firstName);
  const second = newPerson(secondName);
  const secondPage = await openDevice();
  await Promise.all([signUpThroughApi(page, first), signUpThroughApi(secondPage, second)]);

  const space: CreateSpaceInput = {
    relationship: choiceLabelled(relationshipLabels, options.space.relationship),
    view: viewOf(options.space.whoBrokeTrust),
    breachKinds: options.space.whatHappened.map((label) => choiceLabelled(breachKindLabels, label)),
    otherName: secondName,
  };
  const { id: spaceId } = await post<{ id: string }>(page.context().request, "/api/spaces", space);
  const { token } = await post<{ token: string }>(
    page.context().request,
    `/api/spaces/${spaceId}/invitations`,
    {},
  );
  await post(secondPage.context().request, "/api/invitations/accept", {
    token,
    view: viewOf(options.secondView),
  });

  const spaceUrl = `${baseURL}/spaces/${spaceId}`;
  await Promise.all([page.goto(spaceUrl), secondPage.goto(spaceUrl)]);
  await expect(new SpaceHomePage(secondPage).title(firstName)).toBeVisible();
  await expect(new SpaceHomePage(page).title(secondName)).toBeVisible();
  return { first: { page, person: first }, second: { page: secondPage, person: second }, spaceUrl };
}

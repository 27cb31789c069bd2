import type { FastifyInstance } from "fastify";
import {
  lastOtherSpace,
  type OtherSpacesOptions,
  otherSpaceEmail,
  otherSpacesPassword,
} from "./other-spaces.ts";

type Json = Record<string, unknown>;

/**
 * Opens one generated space through the API, as its second person, and checks that the app reads
 * what the generator wrote: the space, both people's check-ins, the promise with its marks and the
 * appreciations. Throws when anything is missing or refused, so a bench never times broken data.
 */
export async function checkOtherSpace(
  app: FastifyInstance,
  options: OtherSpacesOptions,
  space = lastOtherSpace(options),
): Promise<string> {
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    headers: { "x-mend-csrf": "1" },
    payload: { email: otherSpaceEmail(space, "b"), password: otherSpacesPassword },
  });
  if (login.statusCode !== 200)
    throw new Error(`signing in to a generated space answered ${login.statusCode}`);
  const cookie =
    [login.headers["set-cookie"] ?? []]
      .flat()
      .find((header) => header.includes("mend_session="))
      ?.split(";")[0] ?? "";
  const read = async (url: string): Promise<Json> => {
    const response = await app.inject({ url, headers: { cookie } });
    if (response.statusCode !== 200)
      throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
    return response.json() as Json;
  };
  const listed = (await read("/api/spaces")) as { spaces: { id: string }[] };
  const spaceId = listed.spaces[0]?.id;
  if (listed.spaces.length !== 1 || !spaceId) throw new Error("the generated person is not in one space");
  const base = `/api/spaces/${spaceId}`;
  await read(base);
  const count = (body: Json, key: string) =>
    Array.isArray(body[key]) ? (body[key] as unknown[]).length : -1;
  const mine = count(await read(`${base}/checkins/mine`), "checkins");
  const theirs = count(await read(`${base}/checkins/theirs`), "checkins");
  const promises = (await read(`${base}/promises`)) as { promises: { id: string }[] };
  const promiseId = promises.promises[0]?.id;
  if (!promiseId) throw new Error("the generated promise is missing");
  const promise = await read(`${base}/promises/${promiseId}`);
  const thanks = await read(`${base}/appreciations`);
  const appreciations = count(thanks, "received") + count(thanks, "sent");
  const found = { mine, theirs, promises: promises.promises.length, appreciations };
  const expected = {
    mine: options.days,
    theirs: options.days,
    promises: 1,
    appreciations: Math.floor((options.days - 4) / 7) + 1,
  };
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    throw new Error(`a generated space reads back wrong: ${JSON.stringify({ found, expected, promise })}`);
  }
  return `generated space ${space} opened through the API: ${mine} + ${theirs} check-ins, 1 promise, ${appreciations} appreciations`;
}

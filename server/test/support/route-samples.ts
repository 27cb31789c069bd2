const agreementTerms = {
  what: "Phones away at dinner",
  need: "Time together",
  topic: "time",
  appliesTo: "both",
  review: { kind: "every", count: 1, unit: "weeks" },
  timeZone: "Europe/London",
};

/** A passkey's answers, shaped as a browser sends them (the signatures themselves are not real). */
const passkeyRegistration = {
  id: "Y3JlZGVudGlhbA",
  rawId: "Y3JlZGVudGlhbA",
  type: "public-key",
  response: { clientDataJSON: "e30", attestationObject: "oA", transports: ["internal"] },
  clientExtensionResults: {},
};
const passkeyAssertion = {
  id: "Y3JlZGVudGlhbA",
  rawId: "Y3JlZGVudGlhbA",
  type: "public-key",
  response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" },
  clientExtensionResults: {},
};

/** An envelope in the vault's form; the server stores it without reading it, so it needn't open. */
export const sampleEnvelope = "mv1.c2FtcGxlLWVudmVsb3BlLXNlYWxlZC1pbi1hLWJyb3dzZXI";

/**
 * A valid body for each space route that takes one: a stranger's request reaches the membership check
 * (authorization.test.ts), and a member's makes the records that bad input is then aimed at. Account
 * and sign-in routes have theirs too, so each field of their bodies is spoiled in turn.
 */
/** A recovery code as the browser sends it (two one-way values), for a code nobody has. */
const codeProofSample = { auth: "A".repeat(43), legacy: "B".repeat(43) };

export const sampleBodies: Record<string, unknown> = {
  "POST /api/spaces/:spaceId/agreements": agreementTerms,
  "POST /api/spaces/:spaceId/agreements/control-check": { texts: ["Phones away at dinner"] },
  "POST /api/spaces/:spaceId/agreements/:agreementId/counter": { ...agreementTerms, pendingId: "x" },
  "POST /api/spaces/:spaceId/agreements/:agreementId/accept": { pendingId: "x" },
  "POST /api/spaces/:spaceId/agreements/:agreementId/decline": { pendingId: "x" },
  "POST /api/spaces/:spaceId/agreements/:agreementId/cancel": { pendingId: "x" },
  "POST /api/spaces/:spaceId/agreements/:agreementId/revise": agreementTerms,
  "POST /api/spaces/:spaceId/agreements/:agreementId/breaches": { by: "me", account: "I was late" },
  "POST /api/spaces/:spaceId/agreements/:agreementId/breaches/:breachId/response": { response: "agree" },
  "POST /api/spaces/:spaceId/boundaries": { statement: "I need a call if you'll be late" },
  "POST /api/spaces/:spaceId/boundaries/:boundaryId/revise": { statement: "I need a call if you'll be late" },
  "POST /api/spaces/:spaceId/boundaries/:boundaryId/acknowledge": { versionId: "x" },
  "POST /api/spaces/:spaceId/promises": {
    text: "Call at six",
    schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
    timeZone: "Europe/London",
  },
  "POST /api/spaces/:spaceId/promises/:promiseId/marks": { occurrence: "2026-05-04T18:00", outcome: "kept" },
  "POST /api/spaces/:spaceId/promises/:promiseId/marks/:markId/response": { response: "confirm" },
  "POST /api/spaces/:spaceId/transparency": { note: "Told you my plans" },
  "POST /api/spaces/:spaceId/transparency/:actId/response": { response: "confirm" },
  "POST /api/spaces/:spaceId/readiness": {
    id: "6f1c2a9e-4b7d-4e3a-8c5f-1d2e3f4a5b6c",
    sealed: sampleEnvelope,
  },
  "PUT /api/spaces/:spaceId/readiness/:checkId/answers": { sealed: sampleEnvelope },
  "POST /api/spaces/:spaceId/checkins": { kind: "daily", trustNow: 5, utcOffsetMinutes: 0 },
  "PUT /api/spaces/:spaceId/checkins/cadence": { rhythm: "weekly", weekday: 3, timeZone: "Europe/London" },
  "PUT /api/spaces/:spaceId/checkins/:checkinId/sharing": {
    trustNow: true,
    elements: false,
    emotions: true,
    signs: false,
    need: true,
  },
  "PUT /api/spaces/:spaceId/checkins/:checkinId/note": { sealed: sampleEnvelope },
  "POST /api/spaces/:spaceId/forgiveness/reflections": { step: "feel_it", text: "A line." },
  "PUT /api/spaces/:spaceId/forgiveness/reflections/:reflectionId/sharing": { shared: true },
  "POST /api/spaces/:spaceId/letters": { id: "0b6f7c1e-3c1d-4a57-9d6a-2f1e8c4b5a01", sealed: sampleEnvelope },
  "PUT /api/spaces/:spaceId/letters/:letterId": { sealed: sampleEnvelope },
  "POST /api/spaces/:spaceId/reflections": {
    id: "5d2c9a40-8e3b-4f61-a7c2-1b9e0d4f6a02",
    kind: "self_trust",
    sealed: sampleEnvelope,
  },
  "PUT /api/spaces/:spaceId/reflections/:reflectionId": { sealed: sampleEnvelope },
  "POST /api/spaces/:spaceId/appreciations": { text: "A line." },
  "POST /api/spaces/:spaceId/time-together": { title: "A walk" },
  "PUT /api/spaces/:spaceId/time-together/:planId": { title: "A walk" },
  "POST /api/spaces/:spaceId/time-together/:planId/reflection": { text: "A line." },
  "PUT /api/spaces/:spaceId/closeness/ladder/:stepId": { answer: "yes" },
  "PUT /api/spaces/:spaceId/statements/impact/draft": {
    id: "0b6f2a1c-7d4e-4f3a-8c2b-9e1d0a7f6b5c",
    sealed: "mv1.c2VhbGVkLWltcGFjdC1kcmFmdA",
  },
  "POST /api/spaces/:spaceId/statements/impact/versions": { parts: { happened: "A line.", felt: "A line." } },
  "PUT /api/spaces/:spaceId/statements/acknowledgment/draft": {
    id: "3c9e7b2d-1a5f-4e8c-b6d0-2f4a8e1c7b3d",
    sealed: "mv1.c2VhbGVkLWFja25vd2xlZGdtZW50LWRyYWZ0",
  },
  "POST /api/spaces/:spaceId/statements/acknowledgment/versions": {
    parts: { whatIDid: "A line.", impact: "A line.", responsibility: "A line." },
  },
  "POST /api/spaces/:spaceId/statements/versions/:versionId/responses": { response: "heard" },
  "POST /api/spaces/:spaceId/questions/drafts": {
    id: "7a1d3f5b-9c2e-4b6a-8d0f-1e3c5a7b9d2f",
    sealed: "mv1.c2VhbGVkLXF1ZXN0aW9uLWRyYWZ0",
  },
  "PUT /api/spaces/:spaceId/questions/drafts/:draftId": { sealed: "mv1.c2VhbGVkLXF1ZXN0aW9uLWRyYWZ0" },
  "POST /api/spaces/:spaceId/questions": { text: "When?", detail: "facts" },
  "POST /api/spaces/:spaceId/questions/:questionId/answers": { text: "In March." },
  "POST /api/spaces/:spaceId/questions/:questionId/need-time": { answerBy: "2026-05-05T09:00:00Z" },
  "POST /api/spaces/:spaceId/questions/:questionId/review": { verdict: "answered" },
  "POST /api/spaces/:spaceId/triggers": { category: "place", intensity: 3 },
  "PUT /api/spaces/:spaceId/triggers/:triggerId/sharing": { shared: true },
  "PUT /api/spaces/:spaceId/triggers/:triggerId/note": { sealed: sampleEnvelope },
  "POST /api/spaces/:spaceId/amends": { origin: "offered", what: "Repaint the fence I broke" },
  "POST /api/spaces/:spaceId/amends/:amendId/counter": { what: "Help me sort the photos instead" },
  "POST /api/spaces/:spaceId/amends/:amendId/answer": { action: "accepted" },
  "POST /api/spaces/:spaceId/amends/:amendId/confirmation": { confirmed: true },
  "POST /api/spaces/:spaceId/reassurance": { ask: "call" },
  "POST /api/spaces/:spaceId/reassurance/:requestId/replies": { text: "I'm here." },
  "POST /api/spaces/:spaceId/reassurance/:requestId/outcome": { helped: true },
  "POST /api/spaces/:spaceId/talks": { topic: "The weekend", startsAt: null },
  "POST /api/spaces/:spaceId/talks/:talkId/time": { startsAt: null },
  "POST /api/spaces/:spaceId/talks/:talkId/end": { finished: true },
  "POST /api/spaces/:spaceId/talks/:talkId/turns": { text: "A line." },
  "POST /api/spaces/:spaceId/talks/:talkId/turns/:turnId/reflections": { text: "A line." },
  "POST /api/spaces/:spaceId/talks/:talkId/turns/:turnId/rating": { rating: "thats_it" },
  "POST /api/spaces/:spaceId/talks/:talkId/summaries": { text: "A line." },
  "PUT /api/spaces/:spaceId/talks/:talkId/reflection": { sealed: sampleEnvelope },
  "PUT /api/spaces/:spaceId/drafts/:formKey": {
    id: "5f0c8a4e-2b1d-4c3e-9f7a-1d2e3f4a5b6c",
    sealed: "mv1.c2VhbGVkLWRyYWZ0LXNhbXBsZQ",
  },
  "POST /api/spaces/:spaceId/solo/timeline": {
    id: "4d1e7b2a-6c3f-4a58-9e0d-2b7f1c8a3e61",
    sealed: sampleEnvelope,
  },
  "PUT /api/spaces/:spaceId/solo/timeline/:entryId": { sealed: sampleEnvelope },
  "POST /api/spaces/:spaceId/solo/supporters": {
    id: "8a2c5e9f-1b4d-4e73-a6c0-5d9e2f7b1a84",
    sealed: sampleEnvelope,
  },
  "PUT /api/spaces/:spaceId/solo/supporters/:entryId": { sealed: sampleEnvelope },
  "POST /api/spaces/:spaceId/solo/amends": {
    id: "2f6b9d3c-7e1a-4c85-b2d4-9a0e6c3f8b17",
    sealed: sampleEnvelope,
  },
  "PUT /api/spaces/:spaceId/solo/amends/:entryId": { sealed: sampleEnvelope },
  "PUT /api/spaces/:spaceId/solo/amends/:entryId/done": { done: true },
  "PUT /api/spaces/:spaceId/solo/answers/:promptId": {
    id: "6e3a8c1d-4b7f-4d29-8f5a-1c6b9e2d7a30",
    sealed: sampleEnvelope,
  },
  "PUT /api/spaces/:spaceId/solo/entries/:entryId/sealed": { sealed: sampleEnvelope },
  "POST /api/spaces/:spaceId/deciding/decisions": {
    id: "9c4f2a7e-3d8b-4f16-a5e9-7b1d4c8f2e53",
    sealed: sampleEnvelope,
    revisitOn: "2027-03-01",
  },
  "PUT /api/spaces/:spaceId/deciding/decisions/:decisionId/sharing": {
    part: "wants",
    shared: true,
    text: "A line.",
  },
  "PUT /api/spaces/:spaceId/deciding/decisions/:decisionId/sealed": { sealed: sampleEnvelope },
  "POST /api/counselor/invitations/accept": { token: "not-a-real-link" },
  "POST /api/counselor/spaces/:spaceId/notes": { text: "A line." },
  "POST /api/account/totp/confirm": { code: "123456" },
  "POST /api/account/totp/remove": { password: "not the password" },
  "POST /api/account/passkeys": { name: "My phone", response: passkeyRegistration },
  "POST /api/account/passkeys/:passkeyId/remove": { password: "not the password" },
  "POST /api/auth/second-step/passkey-options": { token: "pending" },
  "POST /api/auth/second-step": { token: "pending", proof: { kind: "totp", code: "123456" } },
  "POST /api/auth/passkey": { response: passkeyAssertion },
  // Account settings and recovery: well-formed, but with a password or code that is wrong, so sending
  // a sample never changes who can sign in.
  "POST /api/account/password": {
    currentPassword: "not the password",
    newPassword: "a new and longer evening",
  },
  "POST /api/account/email": { email: "moved@example.org", password: "not the password" },
  "POST /api/account/name": { displayName: "Robin" },
  "POST /api/account/recovery-codes": {
    password: "not the password",
    codes: Array.from("ABCDEFGHIJ", (last) => ({
      auth: `${"A".repeat(42)}${last}`,
      wrappedVaultKey: `mv1.${"A".repeat(96)}`,
    })),
  },
  "POST /api/auth/recover": {
    email: "robin@example.org",
    recoveryCode: codeProofSample,
    newPassword: "a new and longer evening",
  },
  "POST /api/auth/recover/vault-key": { email: "robin@example.org", recoveryCode: codeProofSample },
  "POST /api/auth/reset-password": { token: "not-a-real-link", newPassword: "a new and longer evening" },
  "POST /api/auth/reset-link": { email: "robin@example.org" },
  "POST /api/auth/key-settings": { email: "robin@example.org" },
  // A sealed envelope as the browser sends it: the server keeps it without being able to read it.
  "POST /api/vault/key": { wrappedByPassword: `mv1.${"A".repeat(96)}` },
  "POST /api/vault/unlock": { wrappedByPassword: `mv1.${"A".repeat(96)}` },
  "POST /api/vault/unlock-with-code": {
    recoveryCode: codeProofSample,
    wrappedByPassword: `mv1.${"A".repeat(96)}`,
  },
  "POST /api/journal": { id: "5c0e7a52-8f0d-4c47-9a43-2b1f6d3e8a10", sealed: `mv1.${"A".repeat(96)}` },
  "PUT /api/journal/:entryId": { sealed: `mv1.${"B".repeat(96)}` },
  "POST /api/spaces/:spaceId/invitations/email": { email: "kit@example.org" },
  "PUT /api/account/notifications": {
    kinds: ["promise-due", "checkin-due"],
    push: true,
    email: false,
    quietHours: { start: "22:00", end: "08:00" },
    detail: "discreet",
    timeZone: "Europe/London",
  },
  "POST /api/account/notifications/devices": {
    endpoint: "https://fcm.googleapis.com/fcm/send/device-1",
    keys: {
      p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
      auth: "tBHItJI5svbpez7KI4CCXg",
    },
  },
  "POST /api/account/notifications/devices/remove": {
    endpoint: "https://fcm.googleapis.com/fcm/send/device-1",
  },
};

/** A valid query for each route that needs one, so a request reaches the access check behind its contract. */
export const sampleQueries: Record<string, string> = {
  "GET /api/counselor/spaces/:spaceId/session-prep": "?from=2026-05-01&to=2026-05-31",
  "GET /api/counselor/spaces/:spaceId/session-prep.pdf": "?from=2026-05-01&to=2026-05-31",
};

/** A route's address with its parameters filled in; an id nobody has where none is given. */
export function fillParams(url: string, values: Record<string, string>): string {
  return url.replace(
    /:(\w+)/g,
    (_match, name: string) => values[name] ?? "00000000-0000-4000-8000-000000000000",
  );
}

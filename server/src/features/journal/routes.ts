import {
  journalEntryIdParams,
  journalEntryUpdateInput,
  journalView,
  newJournalEntryInput,
  sealedJournalEntryView,
} from "@mend/core/journal/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import type { JournalService } from "./service.ts";

const account = { access: "account" } as const;
const tags = ["journal"];

/** The private journal: every route reads or writes the caller's own sealed entries only. */
export function journalRoutes(app: TypedApp, journal: JournalService): void {
  app.get(
    "/api/journal",
    {
      config: account,
      schema: {
        tags,
        summary: "Your journal's entries, sealed: only your browser can open them",
        response: { 200: journalView, 401: apiError },
      },
    },
    async (request) => journal.journal(currentAccount(request).id),
  );

  app.post(
    "/api/journal",
    {
      config: account,
      schema: {
        tags,
        summary: "Keep a new journal entry, sealed in your browser under the id it sends",
        body: newJournalEntryInput,
        response: { 201: sealedJournalEntryView, 400: apiError, 401: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await journal.add(currentAccount(request).id, request.body)),
  );

  app.put(
    "/api/journal/:entryId",
    {
      config: account,
      schema: {
        tags,
        summary: "Replace a journal entry with its edited version, sealed again",
        params: journalEntryIdParams,
        body: journalEntryUpdateInput,
        response: { 200: sealedJournalEntryView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      journal.reseal(currentAccount(request).id, request.params.entryId, request.body.sealed),
  );

  app.delete(
    "/api/journal/:entryId",
    {
      config: account,
      schema: {
        tags,
        summary: "Delete a journal entry for good",
        params: journalEntryIdParams,
        response: { 204: z.null(), 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await journal.remove(currentAccount(request).id, request.params.entryId);
      return reply.status(204).send(null);
    },
  );
}

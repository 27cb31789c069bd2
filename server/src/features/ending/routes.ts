import { endingView, exportDocument } from "@mend/core/ending/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { EndingService } from "./service.ts";

const fileName = (at: Date, extension: string) => `mend-export-${at.toISOString().slice(0, 10)}.${extension}`;

export function endingRoutes(app: TypedApp, ending: EndingService): void {
  // Every space route, and the list of spaces, first closes spaces whose grace period is over.
  app.addHook("preHandler", async (request) => {
    if (request.session && request.url.startsWith("/api/spaces")) {
      await ending.closeDueSpaces(request.session.account.id);
    }
  });

  app.get(
    "/api/spaces/:spaceId/ending",
    {
      config: { access: "space" },
      schema: {
        tags: ["ending"],
        summary: "Whether the repair has ended, and when the space closes",
        params: spaceParams,
        response: { 200: endingView, 401: apiError, 404: apiError },
      },
    },
    async (request) => ending.view(currentAccount(request), request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/ending",
    {
      config: { access: "space" },
      schema: {
        tags: ["ending"],
        summary: "End the repair: no consent or reason needed; readable for 30 days, then it closes",
        params: spaceParams,
        response: { 200: endingView, 401: apiError, 404: apiError },
      },
    },
    async (request) => ending.end(currentAccount(request), request.params.spaceId),
  );

  app.get(
    "/api/spaces/:spaceId/export.json",
    {
      config: { access: "space" },
      schema: {
        tags: ["ending"],
        summary: "Download your data: everything you wrote, and what was shared with you",
        params: spaceParams,
        response: { 200: exportDocument, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const document = await ending.exportJson(currentAccount(request).id, request.params.spaceId);
      reply.header(
        "content-disposition",
        `attachment; filename="${fileName(new Date(document.exportedAt), "json")}"`,
      );
      reply.header("cache-control", "no-store");
      return document;
    },
  );

  app.get(
    "/api/spaces/:spaceId/export.pdf",
    {
      config: { access: "space" },
      schema: {
        tags: ["ending"],
        summary: "Download your data as a readable PDF document",
        params: spaceParams,
        // The PDF's bytes go out as they are; a Buffer is never run through the JSON serializer.
        response: { 200: z.unknown(), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const { pdf, exportedAt } = await ending.exportPdf(currentAccount(request).id, request.params.spaceId);
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="${fileName(exportedAt, "pdf")}"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );
}

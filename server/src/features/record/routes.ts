import { recordQuery, recordView } from "@mend/core/record/contract";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { RecordService } from "./service.ts";

export function recordRoutes(app: TypedApp, record: RecordService): void {
  app.get(
    "/api/spaces/:spaceId/record",
    {
      config: { access: "space" },
      schema: {
        tags: ["record"],
        summary:
          "Everything the two of you shared, agreed, promised, kept, missed, asked and answered: the same for both",
        params: spaceParams,
        querystring: recordQuery,
        response: { 200: recordView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) => record.read(currentAccount(request).id, request.params.spaceId, request.query),
  );
}

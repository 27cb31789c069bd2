import { errorCodes } from "@mend/core/errors";
import { z } from "zod";

const codes = Object.keys(errorCodes) as [keyof typeof errorCodes, ...(keyof typeof errorCodes)[]];

export const apiError = z.object({
  error: z.object({
    code: z.enum(codes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

import { z } from "zod";

/** What GET /api/config answers: the few settings the web app needs before anyone signs in. */
export const publicConfigView = z.object({ quickExitUrl: z.string(), version: z.string() });
export type PublicConfig = z.infer<typeof publicConfigView>;

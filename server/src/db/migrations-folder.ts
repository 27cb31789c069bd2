import { paths } from "../paths.ts";

export const migrationsFolder = paths.migrations;

#!/usr/bin/env node
// Runs the TypeScript sources directly, so there is no build step between a checkout and a running Mend.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");

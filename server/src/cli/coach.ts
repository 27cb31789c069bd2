import type { Command } from "commander";

export function registerCoachCommands(_program: Command): void {}

import type { Database } from "../db/database.ts";
import { accountOperations } from "../features/accounts/operator.ts";

/**
 * One `mend account …` command as data, so it can run on a database the command opened itself or be
 * handed to the Mend process that is serving the embedded database (over its admin socket).
 */
export type AccountOperation =
  | { operation: "reset-link"; email: string }
  | { operation: "list" }
  | { operation: "disable"; email: string }
  | { operation: "enable"; email: string }
  | { operation: "create"; email: string; password: string; displayName: string };

export function runAccountOperation(db: Database, asked: AccountOperation): Promise<unknown> {
  const operations = accountOperations({ db, clock: () => new Date() });
  switch (asked.operation) {
    case "reset-link":
      return operations.makeResetLink(asked.email);
    case "list":
      return operations.list();
    case "disable":
      return operations.disable(asked.email);
    case "enable":
      return operations.enable(asked.email);
    case "create":
      return operations.create(asked);
    default:
      return Promise.reject(new Error("Mend does not know that account command."));
  }
}

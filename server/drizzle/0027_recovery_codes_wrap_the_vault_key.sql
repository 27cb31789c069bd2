ALTER TABLE "recovery_codes" ADD COLUMN "wrapped_vault_key" text;--> statement-breakpoint
-- Codes the server made hold SHA-256 of the code. The browser now sends that SHA-256 instead of the code
-- (so it never sends a code that could open a vault), and the server keeps SHA-256 of what is sent:
-- hashing the stored hashes once more keeps a copy of the database from being a list of usable proofs.
UPDATE "recovery_codes" SET "code_hash" = encode(sha256(decode("code_hash", 'hex')), 'hex');

import type { default as Sodium } from "libsodium-wrappers-sumo";

export type SodiumLibrary = typeof Sodium;

let loading: Promise<SodiumLibrary> | undefined;

/**
 * libsodium (compiled to WebAssembly) is loaded the first time the vault needs it, never before: in
 * the browser it is a chunk of its own, so pages that never touch the vault do not carry it.
 */
export function loadSodium(): Promise<SodiumLibrary> {
  loading ??= import("libsodium-wrappers-sumo").then(async (module) => {
    const sodium = module.default;
    await sodium.ready;
    return sodium;
  });
  return loading;
}

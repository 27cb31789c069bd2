import type { FastifyRequest } from "fastify";

/** Who passkeys are made for: the site's name and the address the person opened Mend at. */
export interface RelyingParty {
  id: string;
  origin: string;
}

/**
 * Read from the request the same way the CSRF check reads it, so the proxy-trust setting
 * (MEND_TRUST_PROXY) decides for both whether X-Forwarded-Host and -Proto are believed. A passkey is
 * bound to this host name: opening Mend by another name (or by an IP address, which WebAuthn refuses)
 * does not offer it.
 */
export function relyingPartyOf(request: FastifyRequest): RelyingParty {
  return { id: request.hostname, origin: `${request.protocol}://${request.host}` };
}

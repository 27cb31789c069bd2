import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";

interface Credential {
  id: Buffer;
  privateKey: KeyObject;
  rpId: string;
  userHandle: string;
  signCount: number;
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64 = (data: Buffer) => data.toString("base64url");

/** Authenticator data flags (WebAuthn §6.1): user present, user verified, attested credential data. */
const flags = { userPresent: 0x01, userVerified: 0x04, attestedData: 0x40 } as const;

/**
 * A passkey authenticator in software, for tests: it makes ES256 credentials with node:crypto and
 * answers registration ("none" attestation) and authentication requests as a browser would hand them
 * to the page, so the server's WebAuthn checks run for real.
 */
export class SoftwareAuthenticator {
  private readonly credentials: Credential[] = [];

  constructor(readonly origin: string) {}

  get credentialIds(): string[] {
    return this.credentials.map((credential) => b64(credential.id));
  }

  // biome-ignore lint/suspicious/noExplicitAny: the options are WebAuthn JSON straight from the server
  register(options: any, userVerified = true) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = publicKey.export({ format: "jwk" });
    const credential: Credential = {
      id: randomBytes(32),
      privateKey,
      rpId: options.rp.id,
      userHandle: options.user.id,
      signCount: 0,
    };
    const coseKey = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x as string, "base64url")],
      [-3, Buffer.from(jwk.y as string, "base64url")],
    ]);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credential.id.length);
    const authData = Buffer.concat([
      sha256(credential.rpId),
      Buffer.from([flags.userPresent | (userVerified ? flags.userVerified : 0) | flags.attestedData]),
      Buffer.alloc(4),
      Buffer.alloc(16),
      idLength,
      credential.id,
      Buffer.from(isoCBOR.encode(coseKey)),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ["fmt", "none"],
        ["attStmt", new Map<string, string>()],
        ["authData", authData],
      ]),
    );
    this.credentials.push(credential);
    return {
      id: b64(credential.id),
      rawId: b64(credential.id),
      type: "public-key" as const,
      response: {
        clientDataJSON: this.clientData("webauthn.create", options.challenge),
        attestationObject: isoBase64URL.fromBuffer(attestationObject),
        transports: ["internal"],
      },
      clientExtensionResults: {},
    };
  }

  /** Signs `options.challenge` with the first credential it may use (or the one named by `credentialId`). */
  // biome-ignore lint/suspicious/noExplicitAny: the options are WebAuthn JSON straight from the server
  authenticate(options: any, credentialId?: string) {
    const allowed: string[] = (options.allowCredentials ?? []).map((item: { id: string }) => item.id);
    const credential = this.credentials.find(
      (candidate) =>
        candidate.rpId === options.rpId &&
        (credentialId
          ? b64(candidate.id) === credentialId
          : allowed.length === 0 || allowed.includes(b64(candidate.id))),
    );
    if (!credential) throw new Error("no passkey for this request");
    credential.signCount += 1;
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(credential.signCount);
    const authData = Buffer.concat([
      sha256(credential.rpId),
      Buffer.from([flags.userPresent | flags.userVerified]),
      counter,
    ]);
    const clientDataJSON = this.clientData("webauthn.get", options.challenge);
    const signature = sign(
      "sha256",
      Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, "base64url"))]),
      credential.privateKey,
    );
    return {
      id: b64(credential.id),
      rawId: b64(credential.id),
      type: "public-key" as const,
      response: {
        clientDataJSON,
        authenticatorData: b64(authData),
        signature: b64(signature),
        userHandle: credential.userHandle,
      },
      clientExtensionResults: {},
    };
  }

  private clientData(type: string, challenge: string): string {
    return b64(Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false })));
  }
}

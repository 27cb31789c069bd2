import { execFileSync } from "node:child_process";
import { createECDH, createPublicKey, type ECDH, randomBytes, verify } from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { decrypt } from "http_ece";

/** A device as a browser would make it: its own P-256 key pair and auth secret (RFC 8291). */
export function newDevice(endpoint: string) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16).toString("base64url");
  return {
    ecdh,
    auth,
    subscription: { endpoint, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth } },
  };
}

export interface Delivered {
  path: string;
  payload: Record<string, unknown>;
  audience: string;
  signer: string;
}

/**
 * A local push service (HTTPS, with a certificate made for the test): it checks each request's VAPID
 * token (RFC 8292) against the key it names, decrypts the message with the device's private key
 * (RFC 8291), and answers 410 for devices under /gone/. `certificate` is the file a process given
 * NODE_EXTRA_CA_CERTS trusts it with.
 */
export async function startPushService(devices: () => Map<string, { ecdh: ECDH; auth: string }>) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-push-service-"));
  const key = path.join(folder, "push-key.pem");
  const cert = path.join(folder, "push-cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  const delivered: Delivered[] = [];
  const refused: string[] = [];
  const server = https.createServer(
    { key: fs.readFileSync(key), cert: fs.readFileSync(cert) },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const url = request.url ?? "";
        if (url.startsWith("/gone/")) {
          refused.push(url);
          response.writeHead(410).end();
          return;
        }
        const device = devices().get(url);
        const vapid = /^vapid t=([^,]+), k=(.+)$/.exec(request.headers.authorization ?? "");
        if (!device || !vapid?.[1] || !vapid[2] || request.headers["content-encoding"] !== "aes128gcm") {
          response.writeHead(400).end();
          return;
        }
        const [header, claims, signature] = vapid[1].split(".");
        const point = Buffer.from(vapid[2], "base64url");
        const signer = createPublicKey({
          key: {
            kty: "EC",
            crv: "P-256",
            x: point.subarray(1, 33).toString("base64url"),
            y: point.subarray(33, 65).toString("base64url"),
          },
          format: "jwk",
        });
        const signed = verify(
          "sha256",
          Buffer.from(`${header}.${claims}`),
          { key: signer, dsaEncoding: "ieee-p1363" },
          Buffer.from(signature ?? "", "base64url"),
        );
        const body = JSON.parse(Buffer.from(claims ?? "", "base64url").toString("utf8")) as {
          aud: string;
          exp: number;
        };
        if (!signed || body.exp * 1000 < Date.now()) {
          response.writeHead(403).end();
          return;
        }
        const plain = decrypt(Buffer.concat(chunks), {
          version: "aes128gcm",
          privateKey: device.ecdh,
          authSecret: device.auth,
        });
        delivered.push({
          path: url,
          payload: JSON.parse(plain.toString("utf8")),
          audience: body.aud,
          signer: vapid[2],
        });
        response.writeHead(201).end();
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    agent: new https.Agent({ ca: fs.readFileSync(cert) }),
    certificate: cert,
    delivered,
    refused,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

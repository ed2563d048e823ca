/**
 * Proxies on 127.0.0.1 for the proxy tests, from npm: an HTTP proxy (`proxy`, the test server of
 * the https-proxy-agent project), the same behind TLS (a committed self-signed certificate for
 * 127.0.0.1, which the bot is told to trust with NODE_EXTRA_CA_CERTS), and a SOCKS5 server
 * (`simple-socks`). Each asks for a user name and password and records where it was asked to
 * connect, so that a test can tell the bot's calls went through it.
 */
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createProxy } from "proxy";
import { createServer as createSocksServer } from "simple-socks";

export const PROXY_USER = "bot";
export const PROXY_PASSWORD = "pr0xy-s3cret";

export interface TestProxy {
  /** With the credentials, e.g. http://bot:…@127.0.0.1:4321 */
  readonly url: string;
  /** `host:port` of every tunnel asked for, in order. */
  readonly tunnels: string[];
  /** For the bot's environment: the certificate to trust (https only). */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A self-signed certificate for 127.0.0.1, valid until 2126, made once with `openssl req -x509
 * -newkey rsa:2048 -nodes -days 36500 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1`:
 * committed, so that the test needs no openssl on the machine. It guards nothing but this test.
 */
const TLS_CERTIFICATE = fileURLToPath(new URL("tls/cert.pem", import.meta.url));
const TLS_KEY = fileURLToPath(new URL("tls/key.pem", import.meta.url));

const expectedAuthorization = `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString("base64")}`;

export async function startProxy(kind: "http" | "https" | "socks5"): Promise<TestProxy> {
  return kind === "socks5" ? startSocks() : startHttpProxy(kind);
}

async function startHttpProxy(kind: "http" | "https"): Promise<TestProxy> {
  const tunnels: string[] = [];
  const server: Server =
    kind === "https"
      ? createHttpsServer({ key: readFileSync(TLS_KEY), cert: readFileSync(TLS_CERTIFICATE) })
      : createHttpServer();
  const proxy = createProxy(server);
  proxy.authenticate = (req) => req.headers["proxy-authorization"] === expectedAuthorization;
  proxy.on("connect", (req: { url?: string }) => tunnels.push(req.url ?? "?"));
  const port = await listen(proxy);
  return {
    url: `${kind}://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${port}`,
    tunnels,
    env: kind === "https" ? { NODE_EXTRA_CA_CERTS: TLS_CERTIFICATE } : {},
    close: () => close(proxy),
  };
}

async function startSocks(): Promise<TestProxy> {
  const tunnels: string[] = [];
  const server = createSocksServer({
    authenticate: (user, password, _socket, callback) =>
      user === PROXY_USER && password === PROXY_PASSWORD ? callback() : callback(new Error("wrong password")),
  });
  server.on("proxyConnect", (info: { address: string; port: number }) =>
    tunnels.push(`${info.address}:${info.port}`),
  );
  const port = await listen(server);
  return {
    url: `socks5://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${port}`,
    tunnels,
    env: {},
    close: () => close(server),
  };
}

function listen(server: {
  listen(port: number, host: string, done: () => void): unknown;
  address(): unknown;
}): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
}

function close(server: {
  close(done: () => void): unknown;
  closeAllConnections?: () => void;
}): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

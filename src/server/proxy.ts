/**
 * Bot API calls through a proxy (TELEGRAM_PROXY, or HTTPS_PROXY / ALL_PROXY): where
 * api.telegram.org is blocked, as it often is in Belarus and Russia, a bot host reaches it only
 * through one. The agent goes to grammY's HTTP client (`baseFetchConfig.agent`), so every call
 * uses it, long polling included; webhook mode's incoming requests do not involve it.
 *
 * - `http://` and `https://` proxies: a CONNECT tunnel (https-proxy-agent), so that TLS runs from
 *   the bot to Telegram and the proxy sees only the host name;
 * - `socks5://` (names resolved here) and `socks5h://` (names resolved by the proxy, for a DNS
 *   that is blocked too): socks-proxy-agent.
 *
 * Credentials in the URL are sent to the proxy and nowhere else: the log shows the proxy as
 * `proxyDescription` gives it, and the password is among the secrets the logger redacts.
 */
import type { Agent } from "node:http";
import type { ProxyConfig } from "../config.js";

/** Kept-alive connections, as grammY's own agents: one tunnel serves many calls. */
const AGENT_OPTIONS = { keepAlive: true };

/** The agent for every Bot API call through `proxy`; the agent libraries are loaded only then. */
export async function proxyAgent(proxy: ProxyConfig): Promise<Agent> {
  const { protocol } = new URL(proxy.url);
  if (protocol === "socks5:" || protocol === "socks5h:") {
    const { SocksProxyAgent } = await import("socks-proxy-agent");
    return new SocksProxyAgent(proxy.url, AGENT_OPTIONS);
  }
  const { HttpsProxyAgent } = await import("https-proxy-agent");
  return new HttpsProxyAgent(proxy.url, AGENT_OPTIONS);
}

import type { Logger } from "../log.js";

/** How long a stop may take (finishing the updates in hand) before the process gives up on it. */
export const STOP_DEADLINE_MS = 10_000;

/**
 * Resolves with the first SIGINT or SIGTERM, so the caller can finish what it has in hand and
 * return; if that takes longer than `deadlineMs`, the process exits with code 1. Later signals
 * are ignored: `npm start` and tsx pass a Ctrl-C on to this process as well.
 */
export function stopSignal(log: Logger, deadlineMs = STOP_DEADLINE_MS): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) return;
      received = true;
      log.info(`${signal}: finishing the updates in hand, then stopping`);
      setTimeout(() => {
        log.error(`Did not stop within ${deadlineMs / 1000} s; exiting anyway`);
        process.exit(1);
      }, deadlineMs).unref();
      resolve(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}

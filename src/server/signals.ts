import type { Logger } from "../log.js";

/** How long a stop may take (finishing the updates in hand) before the process gives up on it. */
export const STOP_DEADLINE_MS = 10_000;

/** SIGINT and SIGTERM, seen from a server that starts up, then runs. */
export interface Stopping {
  /** Resolves with the first SIGINT or SIGTERM. */
  readonly stopped: Promise<NodeJS.Signals>;
  /**
   * Aborted by a signal that arrives before `started()`: the start-up's Bot API calls end at once
   * and the server returns, instead of finishing a start nobody wants any more.
   */
  readonly startup: AbortSignal;
  /** The start is over: from now on a signal means "finish the updates in hand, then stop". */
  started: () => void;
}

/**
 * Follows the first SIGINT or SIGTERM, so the caller can finish what it has in hand and return;
 * if that takes longer than `deadlineMs`, the process exits with code 1. Later signals are
 * ignored: `npm start` passes a Ctrl-C on to this process as well.
 */
export function stopSignal(log: Logger, deadlineMs = STOP_DEADLINE_MS): Stopping {
  const startup = new AbortController();
  let starting = true;
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) return;
      received = true;
      if (starting) {
        log.info(`${signal} during start-up: stopping`);
        startup.abort(new Error(`${signal} during start-up`));
      } else log.info(`${signal}: finishing the updates in hand, then stopping`);
      setTimeout(() => {
        log.error(`Did not stop within ${deadlineMs / 1000} s; exiting anyway`);
        process.exit(1);
      }, deadlineMs).unref();
      resolve(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
  return { stopped, startup: startup.signal, started: () => void (starting = false) };
}

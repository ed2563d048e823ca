import { HttpError, type Transformer } from "grammy";

/** How often, and after what first pause (doubling each time), a failed connection is tried again. */
export interface NetworkRetryOptions {
  retries: number;
  firstPauseMs: number;
}

/**
 * Repeats a Bot API call whose connection failed: dropped or reset (a kept-alive socket the
 * server had already closed is the common case), refused, or answered with something that is
 * not the Bot API's JSON (a proxy's error page). Without it the reply is lost and the person
 * gets "something went wrong" instead. auto-retry repeats such calls too, but without bound
 * (its attempt limit does not count them), so it is told to rethrow them and this bounds them.
 *
 * When only the response was lost, the call reaches Telegram twice: a duplicate answer, or an
 * "already answered" error for a button, is no worse than the error the person would get anyway.
 */
export function retryNetworkErrors({ retries, firstPauseMs }: NetworkRetryOptions): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        // An aborted call (the bot is stopping) is not a network failure.
        if (!(error instanceof HttpError) || attempt >= retries || signal?.aborted) throw error;
        await new Promise((resolve) => setTimeout(resolve, firstPauseMs * 2 ** attempt));
      }
    }
  };
}

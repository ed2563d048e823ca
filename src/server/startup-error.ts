/** Something that keeps the bot from starting: `main` prints its message (no stack) and exits with 1. */
export class StartupError extends Error {
  override name = "StartupError";
}

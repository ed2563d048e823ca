/**
 * Runs once before the tests: says what a machine without redis-server skips (one line, at the
 * top of the run), or, with REQUIRE_REDIS=1 (CI), that the Redis tests will fail for want of it.
 */
import { REDIS_REQUIRED, REDIS_SKIP_NOTE, redisServerMissing } from "./redis.js";

export default function setup(): void {
  if (redisServerMissing() === undefined) return;
  if (REDIS_REQUIRED)
    console.warn(
      "REQUIRE_REDIS=1 but redis-server is not installed: the Redis tests will fail. Install it: apt-get install redis-server",
    );
  else console.warn(`Skipping: ${REDIS_SKIP_NOTE}`);
}

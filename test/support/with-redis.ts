import { describe } from "vitest";
import { REDIS_REQUIRED, redisServerMissing } from "./redis.js";

/**
 * `describe` for tests that need a real redis-server: skipped on a machine without one (the run
 * says so once, see global-setup.ts), unless REQUIRE_REDIS=1, as on CI, where they then fail.
 */
export const describeWithRedis = describe.skipIf(redisServerMissing() !== undefined && !REDIS_REQUIRED);

/**
 * The benchmarks' Redis: the tests' real redis-server on a free 127.0.0.1 port (see
 * test/support/redis.ts), or none when redis-server is not installed: the Redis rows then say
 * they were skipped instead of failing the whole run.
 */
import { spawnSync } from "node:child_process";
import { startRedis, type RedisServer } from "../test/support/redis.js";

export const NO_REDIS = "skipped: redis-server not installed";

export async function startRedisIfInstalled(): Promise<RedisServer | undefined> {
  return spawnSync("redis-server", ["--version"]).error ? undefined : startRedis();
}

/** Another database of the same server, so that each part of the bench has its own keys. */
export const redisDatabase = (url: string, db: number): string => `${url}/${db}`;

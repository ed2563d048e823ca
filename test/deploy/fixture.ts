import { Redis } from "ioredis";
import { afterAll, beforeAll } from "vitest";
import { REDIS_KEY_PREFIX } from "../../src/bot/sessions.js";
import { WAIT_MS } from "../support/main-process.js";
import { startRedis, type RedisServer } from "../support/redis.js";
import { startFakeBotApi, type FakeBotApi } from "./fake-bot-api.js";

export interface DeployFixture {
  redis: RedisServer;
  api: FakeBotApi;
}

/**
 * A real Redis and a fake Bot API for every test of the calling file: started before them,
 * stopped after them (after the file's own afterAll hooks, which run first).
 */
export function redisAndBotApi(): DeployFixture {
  const fixture = {} as DeployFixture;
  beforeAll(async () => {
    fixture.redis = await startRedis();
    fixture.api = await startFakeBotApi();
  }, WAIT_MS);
  afterAll(async () => {
    await fixture.redis?.stop();
    await fixture.api?.stop();
  }, WAIT_MS);
  return fixture;
}

/** The session Redis holds for `userId`, exactly as stored (null when there is none). */
export async function storedSession(redisUrl: string, userId: number): Promise<string | null> {
  const client = new Redis(redisUrl, { lazyConnect: true });
  await client.connect();
  try {
    return await client.get(`${REDIS_KEY_PREFIX}${userId}`);
  } finally {
    client.disconnect();
  }
}

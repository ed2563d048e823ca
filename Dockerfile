# syntax=docker/dockerfile:1
# Production image: the compiled bot (dist/) run by plain node, runtime dependencies only,
# unprivileged user, sessions on a volume (or in Redis with REDIS_URL). Polling by default;
# BOT_MODE=webhook serves HTTP on $PORT.

# 1. Compile: TypeScript and the other dev dependencies live only in this stage.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Runtime dependencies only.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production SESSION_DIR=/data/sessions HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY data ./data
COPY locales ./locales
RUN mkdir -p /data/sessions && chown -R node:node /data
USER node
VOLUME ["/data"]
# Used in webhook mode only (BOT_MODE=webhook); a polling bot opens no port.
EXPOSE 8080
# Webhook mode: GET /healthz on the container's own port. Polling mode has no HTTP server, so the
# check passes there (a polling bot that fails exits, and the restart policy takes over).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "-e", "if (String(process.env.BOT_MODE).trim().toLowerCase() !== 'webhook') process.exit(0); require('node:http').get({ host: '127.0.0.1', port: process.env.PORT || 8080, path: '/healthz', timeout: 4000 }, (res) => process.exit(res.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1)).on('timeout', () => process.exit(1));"]
# A small young generation: peak memory about 100 MB instead of 125 (README, Performance).
CMD ["node", "--max-semi-space-size=2", "dist/main.js"]

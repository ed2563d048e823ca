# syntax=docker/dockerfile:1
# Production image: runtime dependencies only, unprivileged user, sessions on a volume (or in
# Redis with REDIS_URL). Polling by default; BOT_MODE=webhook serves HTTP on $PORT.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production SESSION_DIR=/data/sessions HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
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
# tsx runs the TypeScript sources directly: no build step, the image runs what the tests ran.
CMD ["node", "--import", "tsx", "src/main.ts"]

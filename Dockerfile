# syntax=docker/dockerfile:1
# Production image: runtime dependencies only, non-root user, sessions on a volume.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production SESSION_DIR=/data/sessions
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY data ./data
COPY locales ./locales
RUN mkdir -p /data/sessions && chown -R node:node /data
USER node
VOLUME ["/data"]
# tsx runs the TypeScript sources directly: no build step, the image runs what the tests ran.
CMD ["node", "--import", "tsx", "src/main.ts"]

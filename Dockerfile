# syntax=docker/dockerfile:1
# One image for the whole team deployment (see compose.yaml): the app's server with its
# gateway (the default command) and the standalone sandbox (`node --import tsx
# server/sandbox/main.ts`). The server runs its TypeScript through tsx, as `npm start` does.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    STOCKROOM_DATA_DIR=/data \
    STOCKROOM_LOG=json
WORKDIR /app
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json tsconfig*.json ./
COPY server ./server
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness only: readiness (/readyz, Redis and the API reachable) is the proxy's business.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Node itself is PID 1's child (compose sets init: true) and gets SIGTERM: it finishes the
# requests in flight, then exits (server/lib/shutdown.ts).
CMD ["node", "--import", "tsx", "server/main.ts"]

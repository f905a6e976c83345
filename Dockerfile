# Production images of Kruispunt, built from the monorepo root:
#   docker build --target api -t kruispunt-api .
#   docker build --target web -t kruispunt-web .
# (docker-compose.yml builds both.)
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json turbo.json tsconfig.base.json ./
COPY packages/shared/package.json packages/shared/
COPY packages/api/package.json packages/api/
COPY packages/web/package.json packages/web/
RUN pnpm install --frozen-lockfile
COPY packages ./packages
RUN pnpm --filter @kruispunt/shared --filter @kruispunt/api --filter @kruispunt/web run build \
 && pnpm --filter @kruispunt/api deploy --prod --no-optional --legacy /out/api
# /out/api holds what packages/api/package.json's "files" lists (dist without maps and types, the
# schema) and the production dependencies, without the optional embedded PostgreSQL (~60 MB).

FROM node:20-bookworm-slim AS api
# A heap ceiling makes V8 collect before the process grows past ~300 MB under load (measured by
# `pnpm bench`, which starts the API with the same options); the API's live data is far smaller.
# 16 MB semi-spaces: since the hot reads are answered by PostgreSQL as JSON text
# (graphql/sql-answers.ts), a request leaves few short-lived objects, and the 64 MB semi-spaces
# chosen for graphql-js's walk cost more than they saved (CPU per page of actions 6.0 → 4.5 ms in
# a lab run, peak RSS under `pnpm bench` ~300 → ~180 MB).
ENV NODE_ENV=production PORT=4000 NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=16"
WORKDIR /app
COPY --from=build /out/api ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/main.js"]

FROM nginx:1.27-alpine AS web
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/packages/web/dist /usr/share/nginx/html
EXPOSE 80

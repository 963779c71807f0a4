# Pressroom for docker-compose.yml (docs/DEPLOYMENT.md). Node 22 LTS, as CI.
FROM node:22-bookworm-slim
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary fits (sharp ships its own).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN NODE_OPTIONS=--max-old-space-size=4096 npm run build
ENV NODE_ENV=production
EXPOSE 1337
# Secrets come from the environment (env_file): never generated per container.
CMD ["npx", "strapi", "start"]

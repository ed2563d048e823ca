// `npm start`: runs the compiled bot (dist/main.js) with plain node, compiling it first when
// dist/ is missing or older than the sources. So `npm ci && npm start` just works on a fresh
// clone (the first start compiles, about 10 s), later starts take no compile step, and an edited
// source is picked up at the next start. Where there are no sources (the Docker image, which runs
// `node dist/main.js` itself) nothing is checked.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const main = join(root, "dist", "main.js");
/** Written after each successful build: tsc leaves its own files alone when nothing changed. */
const stamp = join(root, "dist", ".built");

/** The newest modification time among the sources and what decides how they compile. */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  visit(join(root, "src"));
  for (const name of ["tsconfig.json", "tsconfig.build.json", "package.json"])
    if (existsSync(join(root, name))) newest = Math.max(newest, statSync(join(root, name)).mtimeMs);
  return newest;
}

function stale() {
  if (!existsSync(join(root, "src"))) return false;
  if (!existsSync(main) || !existsSync(stamp)) return true;
  return newestSource() > statSync(stamp).mtimeMs;
}

if (stale()) {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    process.stderr.write(
      "Cannot start: dist/ is missing or older than src/, and TypeScript is not installed to compile it. " +
        "Run `npm ci` (with the dev dependencies), then `npm run build`.\n",
    );
    process.exit(1);
  }
  process.stderr.write("Compiling the bot (npm run build)…\n");
  const built = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], {
    stdio: "inherit",
  });
  if (built.status !== 0) {
    process.stderr.write("Cannot start: the TypeScript build failed (see above).\n");
    process.exit(1);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

await import(pathToFileURL(main).href);

// Preloaded (node --require) into a process the bench starts: at exit it writes the process's
// peak resident set, in bytes, as the last line of stderr.
"use strict";
process.on("exit", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload
  require("node:fs").writeSync(2, `\npeak-rss ${process.resourceUsage().maxRSS * 1024}\n`);
});

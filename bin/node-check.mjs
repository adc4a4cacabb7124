/**
 * Refuses Node.js older than 22 with a clear message. better-sqlite3 13
 * crashes (segfault) on Node 20, so we stop before loading anything native.
 */
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  process.stderr.write(
    `engram: Node.js 22 or newer is required (this is ${process.version}).\n` +
      "Install it from https://nodejs.org or with `npm install --prefix ~/.node22 node@22`\n" +
      "and put ~/.node22/node_modules/.bin first on your PATH.\n",
  );
  process.exit(1);
}

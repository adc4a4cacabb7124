#!/usr/bin/env node
// Draws the app icon (build/icon.png, 1024×1024) from an SVG with sharp: a rounded square with
// three linked nodes — a memory graph. electron-builder derives the .icns/.ico sizes from it.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "build", "icon.png");
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4f46e5"/><stop offset="1" stop-color="#0ea5e9"/></linearGradient></defs>
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#bg)"/>
  <g stroke="#ffffff" stroke-width="36" stroke-linecap="round" opacity="0.9">
    <line x1="340" y1="660" x2="512" y2="350"/><line x1="512" y1="350" x2="690" y2="640"/><line x1="340" y1="660" x2="690" y2="640"/>
  </g>
  <g fill="#ffffff"><circle cx="512" cy="350" r="92"/><circle cx="340" cy="660" r="76"/><circle cx="690" cy="640" r="64"/></g>
</svg>`;
mkdirSync(dirname(out), { recursive: true });
await sharp(Buffer.from(svg)).png().toFile(out);
process.stdout.write(`wrote ${out}\n`);

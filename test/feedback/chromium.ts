/**
 * Headless Chromium for the report page test: Debian's `chromium` package. Without it the test
 * is skipped and the run says so, unless CI is set (then it fails, naming what to install).
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { inflateSync } from "node:zlib";

const CANDIDATES = [process.env.CHROMIUM, "chromium", "chromium-browser", "google-chrome"].filter(
  (name): name is string => !!name,
);

/** The first browser that answers --version, or undefined. */
export const CHROMIUM = CANDIDATES.find(
  (name) => !spawnSync(name, ["--version"], { encoding: "utf8" }).error,
);

export const CHROMIUM_SKIP_NOTE =
  "chromium is not installed: the test that renders the report page in a browser is skipped. " +
  "Install it: apt-get install -y chromium (.ci/run does, and sets REQUIRE_CHROMIUM=1 so that it never skips there).";

/** Runs headless Chromium on a file with these flags; returns stdout. */
export async function chromium(file: string, flags: string[]): Promise<string> {
  if (!CHROMIUM) throw new Error(CHROMIUM_SKIP_NOTE);
  const profile = mkdtempSync(join(tmpdir(), "chromium-"));
  try {
    const { stdout } = await promisify(execFile)(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--hide-scrollbars",
        `--user-data-dir=${profile}`,
        ...flags,
        `file://${file}`,
      ],
      { timeout: 60_000, maxBuffer: 20 * 1024 * 1024 },
    );
    return stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface Image {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Uint8Array;
}

/** Decodes an 8-bit RGB or RGBA PNG (what Chromium writes for screenshots). */
export function readPng(path: string): Image {
  const data = readFileSync(path);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const colorType = body[9];
      if (body[8] !== 8 || (colorType !== 2 && colorType !== 6)) throw new Error("only 8-bit RGB(A) PNGs");
      channels = colorType === 6 ? 4 : 3;
    } else if (type === "IDAT") idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? current[i - channels]! : 0;
      const up = previous[i]!;
      const upLeft = i >= channels ? previous[i - channels]! : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter] ?? 0;
      current[i] = (line[i]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      out.set(current.subarray(x * channels, x * channels + 3), at);
      out[at + 3] = channels === 4 ? current[x * channels + 3]! : 255;
    }
    previous = current;
  }
  return { width, height, pixels: out };
}

/** How many pixels are within `tolerance` of a colour given as #rrggbb. */
export function countColor(image: Image, hex: string, tolerance = 40): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < image.pixels.length; i += 4)
    if (
      Math.abs(image.pixels[i]! - r) +
        Math.abs(image.pixels[i + 1]! - g) +
        Math.abs(image.pixels[i + 2]! - b) <=
      tolerance
    )
      count++;
  return count;
}

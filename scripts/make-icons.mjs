// Writes the add-in's ribbon/task-pane icons (assets/icon-N.png): a 3×3 heat-map motif on a
// rounded tile. Pure Node (zlib), no image library: run `node scripts/make-icons.mjs` after a change.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x0f, 0x4c, 0x81]; // deep blue tile
const BANDS = [
  [
    [0x92, 0xd0, 0x50],
    [0xff, 0xeb, 0x84],
    [0xff, 0xc0, 0x00],
  ],
  [
    [0x92, 0xd0, 0x50],
    [0xff, 0xeb, 0x84],
    [0xff, 0x5b, 0x5b],
  ],
  [
    [0x92, 0xd0, 0x50],
    [0x92, 0xd0, 0x50],
    [0xff, 0xeb, 0x84],
  ],
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function pixel(size, x, y) {
  const r = size * 0.18; // corner radius
  const cx = Math.min(Math.max(x + 0.5, r), size - r);
  const cy = Math.min(Math.max(y + 0.5, r), size - r);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const pad = Math.max(2, Math.round(size * 0.16));
  const gap = Math.max(1, Math.round(size * 0.04));
  const cell = (size - 2 * pad - 2 * gap) / 3;
  const gx = Math.floor((x - pad) / (cell + gap));
  const gy = Math.floor((y - pad) / (cell + gap));
  const inCell =
    gx >= 0 &&
    gx < 3 &&
    gy >= 0 &&
    gy < 3 &&
    x - pad - gx * (cell + gap) < cell &&
    y - pad - gy * (cell + gap) < cell;
  return inCell ? [...BANDS[gy][gx], 255] : [...TILE, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x, y);
      for (let i = 0; i < 4; i++) raw[y * (size * 4 + 1) + 1 + x * 4 + i] = p[i];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const s of SIZES) writeFileSync(new URL(`../assets/icon-${s}.png`, import.meta.url), png(s));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to assets/`);

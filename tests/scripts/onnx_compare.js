// Runs aelab's exported ONNX models in ONNX Runtime (the npm package onnxruntime-node, CPU) on
// the first test images and compares with what aelab-cli wrote for the same images.
//   node onnx_compare.js PRESET DIR IMAGES.idx3.gz COUNT TOLERANCE
// DIR holds full.onnx, encoder.onnx, decoder.onnx, codes.csv (--export-latent) and
// reconstructions.csv (--export-reconstructions). Prints "PRESET codes reconstructions" (the
// largest absolute differences); exits 1 when either exceeds TOLERANCE or a shape differs.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const ort = require('onnxruntime-node');

const [preset, dir, imagesPath, countText, toleranceText] = process.argv.slice(2);
const count = Number(countText);
const tolerance = Number(toleranceText);

// IDX images: magic, count, rows, columns (big-endian), then bytes; aelab reads pixel / 255.
function readImages(file, n) {
  const bytes = zlib.gunzipSync(fs.readFileSync(file));
  const rows = bytes.readUInt32BE(8), cols = bytes.readUInt32BE(12);
  const size = rows * cols;
  const x = new Float32Array(n * size);
  for (let i = 0; i < n * size; ++i) x[i] = bytes[16 + i] / 255;
  return { x, size };
}

// index,label,v0,v1,...: the values of each row. With `prefix`, only the columns named prefix0,
// prefix1, ... (a VAE's codes.csv also holds logvar0, ... after its means z0, ...).
function readCsv(file, prefix) {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const keep = header.split(',').map((name, i) => (i >= 2 && (!prefix || new RegExp(`^${prefix}\\d+$`).test(name)) ? i : -1))
    .filter((i) => i >= 0);
  return lines.map((l) => { const f = l.split(','); return keep.map((i) => Number(f[i])); });
}

function maxDiff(name, got, dims, want) {
  if (dims[0] !== want.length || dims[1] !== want[0].length)
    throw new Error(`${preset}: ${name} has shape ${dims}, aelab wrote ${want.length}x${want[0].length}`);
  let worst = 0;
  for (let i = 0; i < want.length; ++i)
    for (let j = 0; j < want[i].length; ++j) {
      const d = Math.abs(got[i * dims[1] + j] - want[i][j]);
      if (!(d <= worst)) worst = d;  // NaN propagates
    }
  return worst;
}

async function run(model, feeds) {
  const session = await ort.InferenceSession.create(path.join(dir, model), { executionProviders: ['cpu'] });
  return session.run(feeds);
}

(async () => {
  const codes = readCsv(path.join(dir, 'codes.csv'), 'z');
  const recons = readCsv(path.join(dir, 'reconstructions.csv'));
  const { x, size } = readImages(imagesPath, count);
  const image = new ort.Tensor('float32', x, [count, size]);
  const codeName = (out) => ('mu' in out ? 'mu' : 'code');

  const full = await run('full.onnx', { image });
  const enc = await run('encoder.onnx', { image });
  const width = codes[0].length;
  const codeTensor = new ort.Tensor('float32', Float32Array.from(codes.flat()), [count, width]);
  const dec = await run('decoder.onnx', { code: codeTensor });

  const c = Math.max(maxDiff('full code', full[codeName(full)].data, full[codeName(full)].dims, codes),
                     maxDiff('encoder code', enc[codeName(enc)].data, enc[codeName(enc)].dims, codes));
  if ('mu' in full && !('log_var' in full && 'log_var' in enc)) throw new Error(`${preset}: the VAE lacks log_var`);
  const r = Math.max(maxDiff('full reconstruction', full.reconstruction.data, full.reconstruction.dims, recons),
                     maxDiff('decoder reconstruction', dec.reconstruction.data, dec.reconstruction.dims, recons));
  console.log(`${preset} ${c.toExponential(2)} ${r.toExponential(2)}`);
  process.exit(c <= tolerance && r <= tolerance ? 0 : 1);
})().catch((e) => {
  console.error(String(e));
  process.exit(1);
});

// The floor every diff is measured against: a Node process that only reads and parses both files.
// `node floor.mjs utf8|bytes FILE...` — two ways to read, because neither is fastest everywhere:
// on Node 20, reading bytes and decoding them in one call beats readFileSync(file, 'utf8') on a
// 19 MB file and loses on a 93 MB one. The benchmark takes the faster as the floor.
import { readFileSync } from 'node:fs';

const [method, ...files] = process.argv.slice(2);
const read =
  method === 'bytes'
    ? (file) => readFileSync(file).toString('utf8')
    : (file) => readFileSync(file, 'utf8');
for (const file of files) JSON.parse(read(file));

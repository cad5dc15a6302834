// The floor of the whole-process benchmark: a plain Node process that reads every byte of a
// file once (fs.createReadStream with the parser's 1 MiB chunks) and looks at each byte in
// JavaScript, counting "<". Plain JavaScript, so that nothing but Node itself is loaded.
//   node bench/byte-scan.mjs <file>
import { createReadStream } from 'node:fs';

let tags = 0;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x3c) tags++;
}
process.stdout.write(`${tags}\n`);

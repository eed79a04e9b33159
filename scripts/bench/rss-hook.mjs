// Preloaded into every measured process (node --import): records its peak resident set size.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file)
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));

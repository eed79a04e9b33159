// The floor every diff is measured against: a Node process that only reads and parses both files.
import { readFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) JSON.parse(readFileSync(file, 'utf8'));

#!/usr/bin/env node
import { main } from './cli/main.js';
import { streamWriter } from './cli/output.js';

// A reader that stops early (`| head`) closes the pipe: no stack trace for that, just an exit.
// Other write errors (a full disk, ENOBUFS) reach main through the writer: exit 2, one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: streamWriter(process.stdout),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});

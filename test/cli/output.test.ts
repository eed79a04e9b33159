import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { OutputError, PIECE, streamWriter } from '../../src/cli/output.js';
import { fixturePath } from '../helpers.js';

/** A reader slower than the writer: it takes a chunk per tick and asks for drains often. */
function slowReader() {
  const received: string[] = [];
  let overrun = 0;
  const stream = new Writable({
    highWaterMark: 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      received.push(chunk);
      setImmediate(callback);
    },
  });
  const write = stream.write.bind(stream);
  // Writing while the stream asks for a drain is what fills memory (and ENOBUFS on a pipe).
  stream.write = ((chunk: string) => {
    if (stream.writableNeedDrain) overrun++;
    return write(chunk);
  }) as typeof stream.write;
  return { stream, received, overrun: () => overrun };
}

describe('streamWriter', () => {
  it('waits for drain between pieces and hands a huge text over in pieces', async () => {
    const { stream, received, overrun } = slowReader();
    const write = streamWriter(stream);
    const big = 'x'.repeat(PIECE * 2 + 10);
    await write('a'.repeat(5000));
    await write(big);
    await write('end');
    await new Promise((resolve) => stream.end(resolve));
    expect(overrun()).toBe(0);
    expect(received.join('')).toBe(`${'a'.repeat(5000)}${big}end`);
    expect(Math.max(...received.map((chunk) => chunk.length))).toBe(PIECE);
  });

  it('never splits a surrogate pair between pieces', async () => {
    const { stream, received } = slowReader();
    const text = `${'x'.repeat(PIECE - 1)}😀tail`;
    await streamWriter(stream)(text);
    await new Promise((resolve) => stream.end(resolve));
    expect(received.join('')).toBe(text);
    for (const chunk of received) expect(chunk).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('rejects with one OutputError line when the stream fails', async () => {
    const stream = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write ENOBUFS'), { code: 'ENOBUFS' }));
      },
    });
    const failed = streamWriter(stream)('y'.repeat(100));
    await expect(failed).rejects.toThrow(OutputError);
    await expect(failed).rejects.toThrow(
      'cannot write the output: the system ran out of buffer space (ENOBUFS)',
    );
  });
});

describe('an output that cannot be written', () => {
  it('exits 2 with one line, not the policy code and not a stack trace', async () => {
    let stderr = '';
    const code = await main(
      ['audit', '--file', fixturePath('seed-inventory.json'), '--format', 'json'],
      {
        stdout: () =>
          Promise.reject(Object.assign(new Error('write ENOBUFS'), { code: 'ENOBUFS' })),
        stderr: (text) => (stderr += text),
        cwd: process.cwd(),
      },
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      'blast-radius: cannot write the output: the system ran out of buffer space (ENOBUFS)\n',
    );
  });

  it.skipIf(!existsSync('/dev/full'))('says so in the bundled CLI (a full device)', () => {
    const result = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${join(process.cwd(), 'dist/cli.js')}" audit --file "${fixturePath('seed-inventory.json')}" --format json > /dev/full`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'blast-radius: cannot write the output: no space left on the device (ENOSPC)\n',
    );
  });
});

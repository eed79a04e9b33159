import type { Writable } from 'node:stream';

/** The output could not be written (a full disk, a broken device): exit 2 with one line. */
export class OutputError extends Error {}

/** Largest piece handed to the stream at once: a huge report is written in pieces of this size. */
export const PIECE = 1 << 20;

/**
 * A writer for a stream that honours backpressure: each piece waits for `drain` when the stream
 * asks for it, so a reader slower than the report (a pipe) never makes the process buffer the
 * whole text, and a huge string is handed over in 1 MiB pieces. A stream error rejects with an
 * OutputError naming the cause; a reader that closed the pipe (EPIPE) is the caller's to treat.
 */
export function streamWriter(stream: Writable): (text: string) => Promise<void> {
  let failure: Error | undefined;
  stream.on('error', (error: Error) => (failure ??= error));
  const fail = (error: unknown): never => {
    throw toOutputError(error);
  };

  return async (text: string) => {
    let start = 0;
    while (start < text.length) {
      if (failure) fail(failure);
      // A piece must not end between the two halves of a surrogate pair.
      let end = Math.min(start + PIECE, text.length);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      let ready = false;
      try {
        ready = stream.write(start === 0 && end === text.length ? text : text.slice(start, end));
      } catch (error) {
        fail(error);
      }
      if (!ready) await drained(stream, () => failure);
      start = end;
    }
    if (failure) fail(failure);
  };
}

function drained(stream: Writable, failed: () => Error | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const existing = failed();
    if (existing) return reject(toOutputError(existing));
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      const error = failed();
      if (error) reject(toOutputError(error));
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

const WHY: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  ENOBUFS: 'the system ran out of buffer space',
  EIO: 'an input/output error',
  EAGAIN: 'the output is not ready',
  EPIPE: 'the reader closed the pipe',
  EBADF: 'the output is closed',
};

export function toOutputError(error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = (code && WHY[code]) ?? (error instanceof Error ? error.message : String(error));
  return new OutputError(`cannot write the output: ${why}${code ? ` (${code})` : ''}`);
}

// Response values and GitHub-shaped error bodies. Handlers return a FakeResponse; the server
// adds the headers every GitHub response carries (request id, rate limit) when it writes it.
import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects and arrays are sent as JSON; Buffers and strings as they are. */
  body?: unknown;
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const DOCS = 'https://docs.github.com/rest';

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return { status, body, headers } satisfies FakeResponse;
}

/** GitHub's error body: message, documentation_url and (since 2023) the status as a string. */
export function errorBody(status: number, message: string, documentationUrl = DOCS) {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

export function error(
  status: number,
  message: string,
  documentationUrl?: string,
  headers: Record<string, string> = {},
): FakeResponse {
  return { status, body: errorBody(status, message, documentationUrl), headers };
}

export const notFound = (documentationUrl?: string) => error(404, 'Not Found', documentationUrl);

export function defaultFaultBody(status: number) {
  const message = status >= 500 ? 'Server Error' : (STATUS_CODES[status] ?? 'Error');
  return errorBody(status, message);
}

/** Looks like GitHub's `x-github-request-id`, e.g. `C0DE:1A2B3:4C5D6E:7F8091:65A1B2C3`. */
export function newRequestId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(3)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

/** Ruby's Base64.encode64, which GitHub uses: 60-character lines, each ending in '\n'. */
export function base64LikeGitHub(data: Buffer): string {
  const flat = data.toString('base64');
  let out = '';
  for (let i = 0; i < flat.length; i += 60) out += `${flat.slice(i, i + 60)}\n`;
  return out;
}

/** ISO 8601 without milliseconds, as GitHub writes timestamps. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

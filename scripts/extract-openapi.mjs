// Extracts, from GitHub's published OpenAPI description (npm package @octokit/openapi), the few
// REST operations the action calls, into test/e2e/openapi/github-subset.json. The fake GitHub
// API of the end-to-end tests (test/e2e/fake-github.ts) validates every request against it.
//
// Why a script and a committed subset: @octokit/openapi is ~385 MB unpacked, far too big to be a
// devDependency that CI installs. The subset is a few kilobytes and is reviewed like code.
//
// Refresh (needs only the npm registry):
//   1. set OPENAPI_PACKAGE_VERSION below to the version wanted (`npm view @octokit/openapi version`)
//   2. npm run openapi:extract
//   3. review `git diff test/e2e/openapi/` and run `npm test`; commit both files.
// To add an operation the action starts using, add it to OPERATIONS and refresh.
//
// What is kept per operation: operationId, summary, parameters (name, in, required, schema,
// x-multi-segment), the JSON requestBody schema, and the response status codes with their
// descriptions. Every $ref is inlined, and examples and descriptions inside schemas are dropped,
// so the subset stands alone and stays small. Response bodies are not kept: the fake builds its
// own, and their schemas would multiply the size by a hundred.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OPENAPI_PACKAGE = '@octokit/openapi';
const OPENAPI_PACKAGE_VERSION = '23.0.2';
// Prefer the dereferenced description; the bundled one (with $refs) works as well.
const DESCRIPTION_FILES = ['api.github.com.deref.json', 'api.github.com.json'];

const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['get', '/repos/{owner}/{repo}/git/blobs/{file_sha}'],
  // Inventory fix as suggested changes (a pull request review with suggestion comments).
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
];

// Keys that document a schema but never change what it accepts.
const DOCUMENTATION_KEYS = new Set(['description', 'example', 'examples', 'title', 'externalDocs']);

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = join(repoRoot, 'test/e2e/openapi/github-subset.json');

function installDescription() {
  const prefix = mkdtempSync(join(tmpdir(), 'octokit-openapi-'));
  const spec = `${OPENAPI_PACKAGE}@${OPENAPI_PACKAGE_VERSION}`;
  console.error(`installing ${spec} into ${prefix} (large: a few hundred MB)...`);
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      spec,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const generated = join(prefix, 'node_modules', OPENAPI_PACKAGE, 'generated');
  const file = DESCRIPTION_FILES.find((name) => existsSync(join(generated, name)));
  if (!file) throw new Error(`none of ${DESCRIPTION_FILES.join(', ')} in ${generated}`);
  console.error(`reading ${file}...`);
  const description = JSON.parse(readFileSync(join(generated, file), 'utf8'));
  return { description, file, cleanup: () => rmSync(prefix, { recursive: true, force: true }) };
}

function resolvePointer(document, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => {
      if (node === undefined || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
      return node[key];
    }, document);
}

// Inlines every $ref below `node`. `inSchema` drops documentation keys inside schemas only
// (a parameter's own `description` is harmless but useless to the fake, so it goes too).
function inline(document, node, seen = new Set()) {
  if (Array.isArray(node)) return node.map((item) => inline(document, item, seen));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) throw new Error(`recursive $ref ${node.$ref}: keep it as a component`);
    return inline(document, resolvePointer(document, node.$ref), new Set([...seen, node.$ref]));
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DOCUMENTATION_KEYS.has(key)) continue;
    out[key] = inline(document, value, seen);
  }
  return out;
}

function extractOperation(document, method, path) {
  const operation = document.paths[path]?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the description`);
  const parameters = [...(document.paths[path].parameters ?? []), ...(operation.parameters ?? [])]
    .map((parameter) => inline(document, parameter))
    .map(({ name, in: location, required, schema, 'x-multi-segment': multiSegment }) => ({
      name,
      in: location,
      ...(required ? { required: true } : {}),
      schema,
      ...(multiSegment ? { 'x-multi-segment': true } : {}),
    }));
  const out = { operationId: operation.operationId, summary: operation.summary, parameters };
  const body = operation.requestBody && inline(document, operation.requestBody);
  if (body) {
    const json = body.content?.['application/json'];
    if (!json) throw new Error(`${method} ${path}: requestBody without application/json`);
    out.requestBody = {
      required: Boolean(body.required),
      content: { 'application/json': { schema: json.schema } },
    };
  }
  out.responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => [
      status,
      { description: resolveDescription(document, response) },
    ]),
  );
  return out;
}

function resolveDescription(document, response) {
  const resolved = response.$ref ? resolvePointer(document, response.$ref) : response;
  return resolved.description ?? '';
}

function main() {
  const { description, file, cleanup } = installDescription();
  try {
    const paths = {};
    for (const [method, path] of OPERATIONS) {
      paths[path] ??= {};
      paths[path][method] = extractOperation(description, method, path);
    }
    const subset = {
      openapi: description.openapi,
      info: {
        title: `${description.info.title} (subset used by dbt-blast-radius tests)`,
        version: description.info.version,
      },
      'x-extracted-from': {
        package: OPENAPI_PACKAGE,
        version: OPENAPI_PACKAGE_VERSION,
        file: `generated/${file}`,
        script: 'scripts/extract-openapi.mjs',
      },
      paths,
    };
    mkdirSync(dirname(outputFile), { recursive: true });
    const text = `${JSON.stringify(subset, null, 2)}\n`;
    writeFileSync(outputFile, text);
    console.error(`wrote ${outputFile} (${text.length} bytes, ${OPERATIONS.length} operations)`);
  } finally {
    cleanup();
  }
}

main();

import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { buildAuditReport } from '../../src/audit/audit.js';
import { joinSaid, said } from '../../src/rules/message.js';
import { configWith } from '../../src/config/load.js';
import { parseInventory } from '../../src/inventory/parse.js';
import { buildDiffReport } from '../../src/report/diff-report.js';
import {
  renderAudit,
  renderComment,
  renderSummary,
  type RenderContext,
} from '../../src/render/markdown/index.js';
import { commentMarker } from '../../src/render/markdown/sanitize.js';
import {
  detailsBalance,
  parseMarkdown,
  renderHtml,
  tablesIntact,
  walkHast,
  walkMdast,
} from './helpers.js';
import { withColumns } from './synthetic.js';

// Everything a pull request controls, made as hostile as GitHub allows.
const HOSTILE = [
  '@octocat',
  '@org/team',
  '#12',
  'owner/repo#3',
  'GH-1',
  'JIRA-123',
  'https://evil.example/x',
  'www.evil.example',
  'mailto:a@evil.example',
  'evil@example.com',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</details>',
  '-->',
  '<!-- dbt-blast-radius inventory=x -->',
  'a|b',
  'line\nbreak',
  'back`tick',
  '``',
  '[link](https://evil.example)',
  '![img](https://evil.example/i.png)',
  '<https://evil.example>',
  '&lt;b&gt;',
  'deadbeefcafe1234',
  '$\\huge{x}$',
  '\u202eevil',
  '"quoted"]; click n1 call alert(1) %%',
];
const tag = (i: number) => `${HOSTILE[i % HOSTILE.length]!} m${i}`;
const LAYER = '<b>layer</b> @team #7 |x';
const INVENTORY_PATH = 'models/--> \n<script>@octocat.json';

/** A chain of hostile models feeding an attribution layer, from a staging model. */
function hostileInventories() {
  const names = HOSTILE.map((_, i) => tag(i));
  const model = (i: number) => ({
    name: names[i]!,
    path: `models/${HOSTILE[i]!}.sql`,
    layer: i % 3 === 0 ? 'identity' : i % 3 === 1 ? LAYER : 'reporting',
    description: `${HOSTILE[i]!} ${HOSTILE[(i + 1) % HOSTILE.length]!}`,
    upstream_dependencies: i === 0 ? ['stg_source'] : [names[i - 1]!],
    attribution_concepts: [HOSTILE[i]!, HOSTILE[(i + 2) % HOSTILE.length]!],
    key_patterns: [HOSTILE[(i + 3) % HOSTILE.length]!],
    [HOSTILE[i]!]: HOSTILE[(i + 4) % HOSTILE.length]!,
  });
  const base = {
    models: [
      { name: 'stg_source', path: 'models/stg_source.sql', layer: 'staging' },
      ...HOSTILE.map((_, i) => model(i)),
      { name: 'removed @octocat #9', path: 'models/removed.sql', layer: 'signal' },
    ],
  };
  const head = structuredClone(base) as typeof base & { models: Record<string, unknown>[] };
  const models = head.models as Record<string, unknown>[];
  // Removed while a hostile model still lists it: a broken reference names it.
  models.splice(models.length - 1, 1);
  (models[2]!.upstream_dependencies as string[]).push('removed @octocat #9');
  // Metadata only: description, concepts and patterns change to other hostile text.
  models[5]!.description = HOSTILE.join(' ');
  models[5]!.attribution_concepts = [HOSTILE[10]!];
  models[5]!.key_patterns = [HOSTILE[11]!, HOSTILE[12]!];
  models[5]!.layer = 'signal';
  // An unknown reference (a notice), an added model.
  (models[8]!.upstream_dependencies as string[]).push('unknown @ghost #99 https://evil.example');
  models.push({ name: 'added <img src=x onerror=alert(1)> @new', path: 'x.sql', layer: LAYER });
  return { base, head };
}

function hostileReports() {
  const { base, head } = hostileInventories();
  const config = configWith({
    exposures: [{ name: '@octocat #1 <script>x</script> https://evil.example', models: ['*'] }],
    'attribution-layers': ['identity', LAYER],
    'layer-order': ['staging', 'identity', LAYER, 'reporting'],
    'max-blast-radius': 3,
  });
  const parse = (doc: unknown) => parseInventory(JSON.stringify(doc, null, 2), INVENTORY_PATH);
  const headInventory = parse(head);
  const diff = buildDiffReport(
    {
      inventoryPath: INVENTORY_PATH,
      base: { ref: 'main', inventory: parse(base) },
      head: { ref: 'feature/@octocat#12 <script>', inventory: headInventory },
      changedFiles: [{ status: 'M', path: 'models/stg_source.sql' }],
      toolVersion: '1.0.0',
    },
    config,
  );
  const audit = buildAuditReport(
    { inventoryPath: INVENTORY_PATH, ref: 'main', inventory: headInventory, toolVersion: '1.0.0' },
    config,
  );
  const context: RenderContext = {
    runUrl: 'https://github.com/acme/analytics/actions/runs/1',
    acknowledgeLabel: 'blast-radius-acknowledged',
    attributionLayers: config['attribution-layers'],
    layerOrder: config['layer-order'],
    headModels: headInventory,
  };
  return { diff, audit, context };
}

const ALLOWED_ELEMENTS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'details',
  'summary',
  'sub',
  'br',
]);

// What GitHub would turn into a ping, a link or a reference if it met it in text.
const LIVE = [
  { what: 'mention', pattern: /(^|[^\w`])@[A-Za-z0-9]/ },
  { what: 'issue reference', pattern: /(^|[^\w&])#\d/ },
  { what: 'cross-repo reference', pattern: /[\w.-]+\/[\w.-]+#\d/ },
  { what: 'GH- reference', pattern: /\bGH-\d/i },
  { what: 'autolink prefix', pattern: /\b[A-Z]+-\d/ },
  { what: 'URL', pattern: /[a-z]+:\/\//i },
  { what: 'www autolink', pattern: /www\./i },
  { what: 'email', pattern: /[\w.+-]@[\w-]+\./ },
  { what: 'commit SHA', pattern: /(?<![0-9A-Za-z])[0-9a-f]{7,40}(?![0-9A-Za-z])/i },
  { what: 'math', pattern: /\$/ },
];

function assertInert(markdown: string, context: RenderContext, label: string) {
  const hast = renderHtml(markdown);
  let comments = 0;
  let summaries = 0;
  let detailsElements = 0;
  for (const { node, ancestors } of walkHast(hast)) {
    if (node.type === 'comment') comments++;
    if (node.type === 'element') {
      const element = node as Element;
      expect(ALLOWED_ELEMENTS.has(element.tagName), `${label}: <${element.tagName}>`).toBe(true);
      if (element.tagName === 'a') expect(element.properties.href).toBe(context.runUrl);
      if (element.tagName === 'details') detailsElements++;
      if (element.tagName === 'summary') summaries++;
      // No attribute at all on what could carry a handler or a source.
      if (
        element.tagName !== 'a' &&
        element.tagName !== 'code' &&
        element.tagName !== 'td' &&
        element.tagName !== 'th'
      )
        expect(
          Object.keys(element.properties),
          `${label}: <${element.tagName}> attributes`,
        ).toEqual([]);
    }
    if (node.type === 'text') {
      // Code blocks are drawn by mermaid (its own test covers labels); GitHub links, pings and
      // typesets nothing in inline code, which keeps names as they are (copy-paste works).
      if (ancestors.some((a) => a.tagName === 'pre' || a.tagName === 'code')) continue;
      for (const { what, pattern } of LIVE) {
        expect(
          pattern.test(node.value),
          `${label}: live ${what} in ${JSON.stringify(node.value)}`,
        ).toBe(false);
      }
    }
  }
  expect(summaries).toBe(detailsElements);
  expect(detailsBalance(markdown).open).toBe(detailsBalance(markdown).close);
  expect(tablesIntact(markdown), `${label}: a table broke`).toBe(true);
  return { comments };
}

describe('untrusted inventory text', () => {
  const { diff, audit, context } = hostileReports();

  it('reaches every section of the comment (the test is not vacuous)', () => {
    const comment = renderComment(diff, context);
    for (const heading of [
      'Errors and warnings',
      'Changed models',
      'Attribution impact',
      'Exposures reached',
      'Impact by layer',
      'Lineage picture',
      'impacted models</summary>',
      'Metadata-only changes',
      'notice',
    ])
      expect(comment).toContain(heading);
    expect(comment).toContain('octocat');
    expect(comment).toContain('onerror');
  });

  it('shows the attribution concepts of impacted models, read from the head inventory', () => {
    expect(renderComment(diff, context)).toMatch(/Attribution impact[\s\S]*\| Concepts/);
  });

  it('cannot ping, link, inject HTML or break a table in the comment', () => {
    const comment = renderComment(diff, context);
    const { comments } = assertInert(comment, context, 'comment');
    // The marker is the only HTML comment, on the first line, with the path encoded.
    expect(comments).toBe(1);
    expect(comment.split('\n')[0]).toBe(commentMarker(INVENTORY_PATH));
    expect(comment.split('\n')[0]).toBe(
      '<!-- dbt-blast-radius inventory=models/--%3E%20%0A%3Cscript%3E%40octocat.json -->',
    );
    // A name may quote a marker, but only inside code (kept as the name is), never as a line.
    expect(comment.split('\n').filter((line) => line.startsWith('<!--'))).toHaveLength(1);
  });

  it('cannot do so in the job summary or the audit either', () => {
    expect(assertInert(renderSummary(diff, context), context, 'summary').comments).toBe(0);
    expect(assertInert(renderAudit(audit, context), context, 'audit').comments).toBe(0);
  });

  it('keeps mermaid labels inside their quotes', () => {
    const comment = renderComment(diff, context);
    const diagram = /```mermaid\n([\s\S]*?)\n```/.exec(comment)![1]!;
    const lines = diagram.split('\n');
    // Our own layout directive, numbers only, then the chart's first line.
    if (lines[0]!.startsWith('%%'))
      expect(lines.shift()).toMatch(
        /^%%\{init: \{"flowchart": \{"nodeSpacing": \d+, "rankSpacing": \d+, "wrappingWidth": \d+\}\}\}%%$/,
      );
    expect(lines[0]).toMatch(/^flowchart (LR|TD)$/);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(
        /^ {2}(n\d+\["[^"]*"\]|n\d+ (-->|-\.->)(\|"[^"]*"\|)? n\d+|classDef \w+ [\w:#,. -]+|class [n\d,]+ \w+|linkStyle [\d,]+ [\w:#,. -]+)$/,
      );
    }
  });

  it('survives a hostile inventory path and refs in the footer', () => {
    const comment = renderComment(diff, context);
    const footer = comment.trimEnd().split('\n').at(-1)!;
    expect(footer.startsWith('<sub>base `main` → head ')).toBe(true);
    const tree = parseMarkdown(comment);
    expect(tree.children.at(-1)!.type).toBe('paragraph');
  });
});

describe('untrusted column names and reasons (diff --columns)', () => {
  const { diff, context } = hostileReports();
  // Column names, reasons and the models they reach, as hostile as the rest.
  const columns = withColumns(diff, (i) => `${HOSTILE[i % HOSTILE.length]!}\n\u202e\`c${i}\``);

  it('reaches the column sections (the test is not vacuous)', () => {
    const comment = renderComment(columns, context);
    expect(comment).toContain('Column impact:');
    expect(comment).toContain('Ruled out (');
    expect(comment).toContain('Column change');
    expect(comment).toContain('onerror');
  });

  it('keeps them inert in the comment and the job summary', () => {
    for (const [label, markdown] of [
      ['comment', renderComment(columns, context)],
      ['summary', renderSummary(columns, context)],
    ] as const) {
      assertInert(markdown, context, label);
      // No bidi override and no raw newline inside a name survive.
      expect(markdown).not.toContain('\u202e');
      for (const node of walkMdast(parseMarkdown(markdown)))
        if (node.type === 'inlineCode') expect(node.value).not.toContain('\n');
    }
  });
});

/** A diff of small inventories through the real engine: `head` edits the base models. */
function smallDiff(
  models: Record<string, unknown>[],
  edit: (head: Record<string, unknown>[]) => void,
  changed: string[],
  sides?: { base: string; head: string },
) {
  const parse = (doc: unknown) => parseInventory(JSON.stringify(doc), 'inv.json');
  const head = structuredClone(models);
  edit(head);
  const report = buildDiffReport(
    {
      inventoryPath: 'inv.json',
      base: { ref: sides ? null : 'main', inventory: parse({ models }) },
      head: { ref: sides ? null : 'feature', inventory: parse({ models: head }) },
      changedFiles: changed.map((path) => ({ status: 'M' as const, path })),
      toolVersion: '1.0.0',
    },
    configWith({ 'attribution-layers': ['identity'] }),
  );
  if (!sides) return report;
  return {
    ...report,
    inventory: {
      ...report.inventory,
      base: { ...report.inventory.base!, file: sides.base },
      head: { ...report.inventory.head, file: sides.head },
    },
  };
}

describe('names as they are', () => {
  const chain = (names: string[]) =>
    names.map((name, i) => ({
      name,
      path: `models/m${i}.sql`,
      layer: i === names.length - 1 ? 'identity' : 'staging',
      ...(i > 0 && { upstream_dependencies: [names[i - 1]!] }),
    }));

  it('puts no word joiner inside code spans, and still neutralises text', () => {
    const name = 'fct_orders_20240101_@team_deadbeefcafe';
    const report = smallDiff(chain([name, 'int_x']), () => {}, ['models/m0.sql']);
    const comment = renderComment(report, {});
    expect(comment).toContain(`\`${name}\``);
    const codes = [...walkHast(renderHtml(comment))].flatMap(({ node, ancestors }) =>
      node.type === 'text' &&
      ancestors.some((a) => a.tagName === 'code') &&
      !ancestors.some((a) => a.tagName === 'pre')
        ? [node.value]
        : [],
    );
    expect(codes.length).toBeGreaterThan(0);
    for (const value of codes) expect(value).not.toContain('\u2060');
  });

  it('sends no lone surrogate, and shows invisible characters', () => {
    const lone = 'stg_\ud800broken';
    const twin = 'canonical_users\u200b';
    const report = smallDiff(chain([lone, twin, 'canonical_users']), () => {}, ['models/m0.sql']);
    for (const out of [renderComment(report, {}), renderSummary(report, {})]) {
      expect(out).not.toMatch(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
      );
      expect(out).toContain('stg_\ufffdbroken');
      expect(out).toContain('`canonical_users\\u200B`');
      expect(out).not.toContain('\u200b');
    }
  });

  it('tells base and head files apart in the footer, however long their common start', () => {
    const dir = `/home/runner/${'very-long-directory/'.repeat(6)}`;
    const report = smallDiff(chain(['a', 'b']), () => {}, ['models/m0.sql'], {
      base: `${dir}base/dbt_model_inventory.json`,
      head: `${dir}head/dbt_model_inventory.json`,
    });
    const footer = renderComment(report, {}).trimEnd().split('\n').at(-1)!;
    const sides = /base `([^`]*)` → head `([^`]*)`/.exec(footer)!;
    expect(sides[1]).not.toBe(sides[2]);
    expect(sides[1]).toMatch(/base\/dbt_model_inventory\.json$/);
    expect(sides[1]!.length).toBeLessThanOrEqual(60);
  });

  it('draws no KaTeX formula from a name in the picture', () => {
    const name = '$$\\color{green}{\\text{APPROVED}}$$';
    const report = smallDiff(chain(['a', name]), () => {}, ['models/m0.sql']);
    const diagram = /```mermaid\n([\s\S]*?)\n```/.exec(renderComment(report, {}))![1]!;
    expect(diagram).toContain('APPROVED');
    expect(diagram).not.toContain('$');
  });
});

describe('finding messages', () => {
  it('are built as parts, never split back from the text', () => {
    const name = 'a`b';
    const path = joinSaid([said`\`${'p`'}\``, said`\`${'q'}\``], ' → ');
    const built = said`\`${name}\` in ${'layer `x`'} via ${path}`;
    expect(built.message).toBe('`a`b` in layer `x` via `p`` → `q`');
    expect(built.parts).toEqual([
      { code: 'a`b' },
      { text: ' in layer `x` via ' },
      { code: 'p`' },
      { text: ' → ' },
      { code: 'q' },
    ]);
  });

  it('keeps a name holding backticks inside its code span: its words never read as ours', () => {
    const consumer = 'x` approved by security `y';
    const removed = 'gone` merge now `z';
    const models = [
      { name: removed, path: 'models/gone.sql', layer: 'staging' },
      {
        name: consumer,
        path: 'models/consumer.sql',
        layer: 'reporting',
        upstream_dependencies: [removed],
      },
    ];
    const parse = (list: unknown[]) => parseInventory(JSON.stringify({ models: list }), 'inv.json');
    const report = buildDiffReport(
      {
        inventoryPath: 'inv.json',
        base: { ref: 'main', inventory: parse(models) },
        head: { ref: 'feature', inventory: parse(models.slice(1)) },
        changedFiles: [{ status: 'D', path: 'models/gone.sql' }],
        toolVersion: '1.0.0',
      },
      configWith({}),
    );
    expect(report.findings.some((f) => f.rule === 'lineage/broken-reference')).toBe(true);
    const comment = renderComment(report, {});
    const prose = [...walkHast(renderHtml(comment))].flatMap(({ node, ancestors }) =>
      node.type === 'text' && !ancestors.some((a) => a.tagName === 'code') ? [node.value] : [],
    );
    expect(prose.join(' ')).toContain('still references');
    for (const value of prose) expect(value).not.toMatch(/approved|merge now/);
    const codes = [...walkMdast(parseMarkdown(comment))].flatMap((node) =>
      node.type === 'inlineCode' ? [node.value] : [],
    );
    expect(codes).toContain(consumer);
    expect(codes).toContain(removed);
  });
});

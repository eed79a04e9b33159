/**
 * The column-level impact of a diff, end to end over in-memory file maps: scan both commits,
 * classify, follow the columns, check contracts, and copy it all into the report.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { scanRepository, diffScans } from '../../src/project/index.js';
import {
  analyzeColumnImpact,
  inProcessRunner,
  BUDGET_REASON,
  UNAVAILABLE_REASON,
  type ColumnImpact,
} from '../../src/columns/index.js';
import { withColumnImpact } from '../../src/isolation/attach.js';
import { buildDiffReport } from '../../src/report/diff-report.js';
import { renderDiffText } from '../../src/render/text.js';

const runner = inProcessRunner();
afterAll(() => runner.close());

const PROJECT = `name: shop
version: '1.0'
profile: shop
`;
const SOURCES = `version: 2
sources:
  - name: raw
    tables:
      - name: users
`;
const STG = `select id as user_id, name, email, country
from {{ source('raw', 'users') }}
`;
const CONSUMERS: Record<string, string> = {
  'models/user_emails.sql': `select user_id, email from {{ ref('stg_users') }}\n`,
  'models/user_names.sql': `select user_id, upper(name) as display_name from {{ ref('stg_users') }}\n`,
  'models/users_by_country.sql': `select country, count(*) as n from {{ ref('stg_users') }} group by country\n`,
  'models/email_domains.sql': `select split_part(email, '@', 2) as domain from {{ ref('user_emails') }}\n`,
};

function files(stg: string, extra: Record<string, string> = {}): Map<string, string> {
  return new Map(
    Object.entries({
      'dbt_project.yml': PROJECT,
      'models/sources.yml': SOURCES,
      'models/stg_users.sql': stg,
      ...CONSUMERS,
      ...extra,
    }),
  );
}

async function impactOf(
  baseFiles: Map<string, string>,
  headFiles: Map<string, string>,
  maxModels?: number,
) {
  const base = scanRepository(baseFiles);
  const head = scanRepository(headFiles);
  const changes = diffScans(base, head);
  const columns = await analyzeColumnImpact(
    { base, head, changes, baseFiles, headFiles },
    { runner, ...(maxModels !== undefined && { maxModels }) },
  );
  return { columns, code: { base, head, changes } };
}

function reachOf(c: ColumnImpact): Record<string, string> {
  return Object.fromEntries(
    c.models.map((m) => [m.model, m.reach + (m.columns ? `:${m.columns.join(',')}` : '')]),
  );
}

function report(
  code: Awaited<ReturnType<typeof impactOf>>['code'],
  columns: ColumnImpact | undefined,
) {
  return buildDiffReport(
    {
      inventoryPath: 'inventory.json',
      base: { ref: 'base', inventory: null },
      head: { ref: 'head', inventory: null },
      changedFiles: [{ status: 'M', path: 'models/stg_users.sql' }],
      toolVersion: '0',
      code,
      ...(columns && { columns }),
    },
    defaultConfig(),
  );
}

describe('column impact of a diff', () => {
  it('a column-only edit reaches only the consumers that use the column', async () => {
    const { columns, code } = await impactOf(
      files(STG),
      files(STG.replace('email,', 'lower(email) as email,')),
    );
    expect(columns.changes).toEqual([
      expect.objectContaining({
        model: 'stg_users',
        category: 'column',
        columns: { added: [], removed: [], modified: ['email'] },
      }),
    ]);
    expect(reachOf(columns)).toEqual({
      user_emails: 'columns:email',
      email_domains: 'columns:domain',
      user_names: 'unaffected',
      users_by_country: 'unaffected',
    });
    const r = report(code, columns);
    expect(r.changes[0]).toMatchObject({ model: 'stg_users', category: 'column' });
    expect(r.summary.impacted).toBe(4);
    expect(r.summary.affected).toBe(2);
    expect(r.impact.models.find((m) => m.model === 'user_names')).toMatchObject({
      reach: 'unaffected',
    });
    const text = renderDiffText(r);
    expect(text).toContain('stg_users — column: redefined email; 2 consumers unaffected');
    expect(text).toContain('4 models downstream; 2 affected by the columns changed');
    // Without the column analysis, the report is as before.
    const plain = report(code, undefined);
    expect(plain.summary.affected).toBeUndefined();
    expect(plain.impact.models.every((m) => !('reach' in m))).toBe(true);
  });

  it('an additive edit reaches nobody', async () => {
    const { columns, code } = await impactOf(
      files(STG),
      files(STG.replace('country', 'country, created_at')),
    );
    expect(columns.changes[0]).toMatchObject({
      category: 'additive',
      columns: { added: ['created_at'], removed: [], modified: [] },
    });
    expect(new Set(Object.values(reachOf(columns)))).toEqual(new Set(['unaffected']));
    expect(report(code, columns).summary.affected).toBe(0);
  });

  it('a removed column reaches its users fully when they group by it', async () => {
    const { columns } = await impactOf(files(STG), files(STG.replace(', country', '')));
    expect(columns.changes[0]).toMatchObject({
      category: 'column',
      columns: { removed: ['country'] },
    });
    expect(reachOf(columns)).toMatchObject({
      users_by_country: 'full',
      user_emails: 'unaffected',
    });
  });

  it('a filter change reaches everything downstream', async () => {
    const { columns, code } = await impactOf(
      files(STG),
      files(`${STG}where country is not null\n`),
    );
    expect(columns.changes[0]).toMatchObject({ category: 'model-wide' });
    expect(new Set(Object.values(reachOf(columns)))).toEqual(new Set(['full']));
    expect(report(code, columns).summary.affected).toBe(4);
  });

  it('a cosmetic edit (same rendered query) affects nothing, but the model level stands', async () => {
    const { columns, code } = await impactOf(
      files(STG),
      // A Jinja refactor the scanner sees as a SQL edit, rendering the same query.
      files(
        `{% set cols = ['email', 'country'] %}\n${STG.replace('email, country', "{{ cols | join(', ') }}")}`,
      ),
    );
    expect(columns.changes[0]).toMatchObject({ category: 'cosmetic' });
    const r = report(code, columns);
    // The analysis reads the pull request's templates: it never shrinks the radius the verdict
    // rests on. It says that nothing downstream is affected.
    expect(r.changes[0]).toMatchObject({ category: 'cosmetic', metadataOnly: false });
    expect(r.summary.impacted).toBe(4);
    expect(r.summary.affected).toBe(0);
    expect(report(code, undefined).summary.impacted).toBe(4);
  });

  it('an edit in a branch the renderer cannot see (an incremental run) is not cosmetic', async () => {
    const incremental = (filter: string) =>
      `${STG}{% if is_incremental() %}where ${filter} > (select max(id) from {{ this }}){% endif %}\n`;
    const { columns, code } = await impactOf(
      files(incremental('id')),
      files(incremental('user_id')),
    );
    expect(columns.changes[0]).toMatchObject({ category: 'unknown' });
    expect(columns.changes[0]!.reasons[0]).toContain('`is_incremental`');
    // Unknown reaches the whole downstream, as without the analysis.
    expect(report(code, columns).summary.impacted).toBe(4);
    // `target` as a column name outside Jinja is no blind spot.
    const plain = await impactOf(
      files(STG.replace('country', 'country, 1 as target')),
      files(`{% set c = 'country' %}${STG.replace('country', '{{ c }}, 1 as target')}`),
    );
    expect(plain.columns.changes[0]).toMatchObject({ category: 'cosmetic' });
  });

  it('finds the macros of a project in a subfolder, and those of a macro path outside it', async () => {
    const nested = (stg: string) =>
      new Map(
        Object.entries({
          'sub/dbt_project.yml': `${PROJECT}macro-paths: ["macros", "../shared_macros"]\n`,
          'sub/models/sources.yml': SOURCES,
          'sub/models/stg_users.sql': stg,
          'sub/macros/email.sql': '{% macro email_col() %}lower(email){% endmacro %}',
          'shared_macros/name.sql': '{% macro name_col() %}upper(name){% endmacro %}',
        }),
      );
    const base = STG.replace('name,', '{{ name_col() }} as name,');
    const { columns } = await impactOf(
      nested(base),
      nested(base.replace('email,', '{{ email_col() }} as email,')),
    );
    expect(columns.changes[0]).toMatchObject({
      category: 'column',
      columns: { added: [], removed: [], modified: ['email'] },
    });
  });

  it('removing a column of an enforced contract is a contract/breaking error', async () => {
    const contract = (cols: string[]) => `version: 2
models:
  - name: stg_users
    config:
      contract:
        enforced: true
    columns:
${cols.map((c) => `      - name: ${c}\n        data_type: text`).join('\n')}
`;
    const all = ['user_id', 'name', 'email', 'country'];
    const { columns, code } = await impactOf(
      files(STG, { 'models/stg_users.yml': contract(all) }),
      files(STG.replace(', country', ''), {
        'models/stg_users.yml': contract(all.slice(0, 3)),
      }),
    );
    expect(columns.contracts).toEqual([
      expect.objectContaining({ model: 'stg_users', column: 'country', kind: 'removed' }),
    ]);
    const r = report(code, columns);
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: 'contract/breaking',
        severity: 'error',
        model: 'stg_users',
        file: 'models/stg_users.yml',
      }),
    );
    expect(r.summary.verdict).toBe('fail');
  });

  it('beyond the budget a model is unknown, and reaches everything', async () => {
    const { columns } = await impactOf(
      files(STG),
      files(STG.replace('email,', 'lower(email) as email,')),
      2,
    );
    expect(columns.changes[0]).toMatchObject({ category: 'column' });
    expect(columns.skipped).toBe(4);
    expect(reachOf(columns)).toMatchObject({ user_emails: 'full', user_names: 'full' });
    const none = await impactOf(
      files(STG),
      files(STG.replace('email,', 'lower(email) as email,')),
      0,
    );
    expect(none.columns.changes[0]).toMatchObject({
      category: 'unknown',
      reasons: [BUDGET_REASON],
    });
  });
});

describe('the total budget', () => {
  it('past the wall-clock cap, models are unknown (budget)', async () => {
    const baseFiles = files(STG);
    const headFiles = files(STG.replace('email,', 'lower(email) as email,'));
    const base = scanRepository(baseFiles);
    const head = scanRepository(headFiles);
    const columns = await analyzeColumnImpact(
      { base, head, changes: diffScans(base, head), baseFiles, headFiles },
      { runner, totalMs: -1 },
    );
    expect(columns.changes[0]).toMatchObject({ category: 'unknown', reasons: [BUDGET_REASON] });
    expect(new Set(columns.models.map((m) => m.reach))).toEqual(new Set(['full']));
  });
});

describe('withColumnImpact (the shell call)', () => {
  it('without the files, every rendered-SQL change is unknown, never silent', async () => {
    const { code } = await impactOf(
      files(STG),
      files(STG.replace('email,', 'lower(email) as email,')),
      0,
    );
    const input = await withColumnImpact({
      inventoryPath: 'inventory.json',
      base: { ref: 'base', inventory: null },
      head: { ref: 'head', inventory: null },
      changedFiles: [],
      toolVersion: '0',
      code,
    });
    expect(input.columns?.changes).toEqual([
      expect.objectContaining({
        model: 'stg_users',
        category: 'unknown',
        reasons: [expect.stringContaining(UNAVAILABLE_REASON)],
      }),
    ]);
    const r = buildDiffReport(input, defaultConfig());
    // No anchor is known to the column radius: the model level stands.
    expect(r.summary.affected).toBeUndefined();
    expect(r.summary.impacted).toBe(4);
  });

  it('with the files, analyses and hands the result on', async () => {
    const baseFiles = files(STG);
    const headFiles = files(STG.replace('email,', 'lower(email) as email,'));
    const base = scanRepository(baseFiles);
    const head = scanRepository(headFiles);
    const input = await withColumnImpact(
      {
        inventoryPath: 'inventory.json',
        base: { ref: 'base', inventory: null },
        head: { ref: 'head', inventory: null },
        changedFiles: [],
        toolVersion: '0',
        code: { base, head, changes: diffScans(base, head), baseFiles, headFiles },
      },
      { runner },
    );
    expect(input.columns?.changes[0]).toMatchObject({ model: 'stg_users', category: 'column' });
  });
});

describe('blast-radius diff --columns', () => {
  it('is an opt-in flag of diff', async () => {
    const { parseCommandArgs, USAGE } = await import('../../src/cli/args.js');
    expect(parseCommandArgs('diff', ['--columns']).columns).toBe(true);
    expect(parseCommandArgs('diff', []).columns).toBeUndefined();
    expect(USAGE.diff).toContain('--columns');
  });
});

// Seed-based scenarios, run through the real engine: the committed renderings in docs/examples
// and the layout snapshots in test/render come from here. Deterministic: fixed refs, fake SHAs
// and run URL, no dates.
import { buildAuditReport, type AuditReport } from '../../src/audit/audit.js';
import { configWith } from '../../src/config/load.js';
import type { Config, ConfigInput } from '../../src/config/schema.js';
import type { ChangedFile } from '../../src/diff/changed-files.js';
import { parseInventory } from '../../src/inventory/parse.js';
import type { Model } from '../../src/inventory/schema.js';
import { buildDiffReport } from '../../src/report/diff-report.js';
import type { DiffReport } from '../../src/report/types.js';
import type { ColumnImpact } from '../../src/columns/impact.js';
import {
  renderAudit,
  renderComment,
  renderSummary,
  type RenderContext,
} from '../../src/render/markdown/index.js';

export const INVENTORY_PATH = 'dbt_model_inventory.json';
export const TOOL_VERSION = '0.0.0-example';

/** What the action will pass: fixed here so the examples never change by themselves. */
export const EXAMPLE_CONTEXT: RenderContext = {
  baseSha: '3f9c2a1b7d4e6f8091a2b3c4d5e6f7a8b9c0d1e2',
  headSha: '8e7d6c5b4a3928170f1e2d3c4b5a69788796a5b4',
  runUrl: 'https://github.com/acme/analytics/actions/runs/1234567890',
  acknowledgeLabel: 'blast-radius-acknowledged',
};

/** The demo's configuration: the defaults plus the ad-platform syncs as exposures. */
export const EXAMPLE_CONFIG: ConfigInput = {
  exposures: [
    {
      name: 'Ad-platform conversion syncs',
      description: 'Conversions sent to Google Ads, Meta, Bing and Reddit.',
      models: ['conversion_events__*', 'kilo_pass_events__*'],
    },
  ],
};

type Mutable = { -readonly [K in keyof Model]: Model[K] } & Record<string, unknown>;

export interface DiffCase {
  readonly base: readonly Model[];
  readonly head: readonly Model[];
  readonly changedFiles?: readonly ChangedFile[];
  readonly config?: ConfigInput;
  readonly acknowledged?: boolean;
  /** The column-level impact (`diff --columns`), when the case has one. */
  readonly columns?: ColumnImpact;
}

export function seedModels(seedText: string): Model[] {
  return (JSON.parse(seedText) as { models: Model[] }).models;
}

/** Runs the engine on two model lists, as the action would on two commits. */
export function diffReport(input: DiffCase): { report: DiffReport; context: RenderContext } {
  const config: Config = configWith(input.config ?? EXAMPLE_CONFIG);
  const toInventory = (models: readonly Model[]) =>
    parseInventory(JSON.stringify({ models }, null, 2), INVENTORY_PATH);
  const head = toInventory(input.head);
  const report = buildDiffReport(
    {
      inventoryPath: INVENTORY_PATH,
      base: { ref: 'main', inventory: toInventory(input.base) },
      head: { ref: 'feature', inventory: head },
      changedFiles: input.changedFiles ?? [],
      toolVersion: TOOL_VERSION,
      ...(input.columns && { columns: input.columns }),
    },
    config,
    { acknowledged: input.acknowledged ?? false },
  );
  return {
    report,
    context: {
      ...EXAMPLE_CONTEXT,
      attributionLayers: config['attribution-layers'],
      layerOrder: config['layer-order'],
      headModels: head,
    },
  };
}

export function auditReport(seedText: string): { report: AuditReport; context: RenderContext } {
  const config = configWith(EXAMPLE_CONFIG);
  const report = buildAuditReport(
    {
      inventoryPath: INVENTORY_PATH,
      ref: 'main',
      inventory: parseInventory(seedText, INVENTORY_PATH),
      toolVersion: TOOL_VERSION,
    },
    config,
  );
  return {
    report,
    context: {
      headSha: EXAMPLE_CONTEXT.headSha,
      runUrl: EXAMPLE_CONTEXT.runUrl,
      attributionLayers: config['attribution-layers'],
      layerOrder: config['layer-order'],
    },
  };
}

function edit(models: readonly Model[], name: string, change: (model: Mutable) => void): Model[] {
  const out = structuredClone(models) as Mutable[];
  const model = out.find((m) => m.name === name);
  if (!model) throw new Error(`no model ${name} in the seed`);
  change(model);
  return out;
}

const pathOf = (models: readonly Model[], name: string) =>
  models.find((m) => m.name === name)!.path;

/** Identity resolution's SQL changes: the radius runs through every attribution layer. */
export function identityChange(seed: readonly Model[]): DiffCase {
  return {
    base: seed,
    head: seed,
    changedFiles: [{ status: 'M', path: pathOf(seed, 'int_identity__resolution') }],
  };
}

/**
 * Identity resolution's SQL redefines two click-ID columns, with the column analysis as
 * `diff --columns` would hand it over: a few models downstream use them (one in a join, so
 * fully), the rest of the radius is ruled out. The analysis is given, not computed: the seed has
 * no SQL.
 */
export function columnChange(seed: readonly Model[]): DiffCase {
  const base = identityChange(seed);
  const { report } = diffReport(base);
  const reached: Record<string, readonly string[] | 'full'> = {
    int_user_id__attribution_history: ['gclid', 'fbclid'],
    int_user__attribution_resolved: ['gclid', 'fbclid', 'fbc_token', 'click_id_source'],
    canonical_users: ['gclid'],
    paid_budget__event_conversions: 'full',
    conversion_events__google_ads: ['gclid'],
    conversion_events__google_ads_kilo_claw: ['gclid'],
    conversion_events__meta: ['fbclid', 'fbc_token'],
  };
  const models = report.impact.models.map((m) => {
    const r = reached[m.model];
    if (r === 'full')
      return {
        model: m.model,
        reach: 'full' as const,
        reasons: ['uses canonical_users.gclid in a join'],
      };
    if (r)
      return {
        model: m.model,
        reach: 'columns' as const,
        columns: [...r],
        reasons: r.map((c) => `${c} ← ${m.path[m.path.length - 2]}.${c}`),
      };
    return {
      model: m.model,
      reach: 'unaffected' as const,
      reasons: ['no changed column reaches it'],
    };
  });
  return {
    ...base,
    columns: {
      changes: [
        {
          model: 'int_identity__resolution',
          category: 'column',
          columns: { added: [], removed: [], modified: ['gclid', 'fbclid'] },
          reasons: ['redefined: gclid, fbclid'],
        },
      ],
      models,
      anchors: ['int_identity__resolution'],
      contracts: [],
      dialects: {},
      analysed: models.length + 2,
      skipped: 0,
    },
  };
}

/** A signal model is deleted, but its consumer still lists it: a broken reference. */
export function removedModel(seed: readonly Model[]): DiffCase {
  const name = 'int_user_id__attribution_history';
  const head = edit(seed, 'int_identity__resolution', (m) => {
    m.downstream_consumers = m.downstream_consumers!.filter((c) => c !== name);
  }).filter((m) => m.name !== name);
  return {
    base: seed,
    head,
    changedFiles: [
      { status: 'D', path: pathOf(seed, name) },
      { status: 'M', path: INVENTORY_PATH },
    ],
  };
}

/** Documentation and concepts only: no radius, but an attribution concept was dropped. */
export function metadataOnly(seed: readonly Model[]): DiffCase {
  let head = edit(seed, 'paid_budget__user_conversions', (m) => {
    m.description = 'Paid conversions per user, first-touch channel from click IDs.';
    m.attribution_concepts = m.attribution_concepts!.filter(
      (c) => c !== 'new vs repeat payment classification',
    );
  });
  head = edit(head, 'users', (m) => {
    m.description = 'One row per user: identity, plan, activity and first-touch channel.';
  });
  return { base: seed, head, changedFiles: [{ status: 'M', path: INVENTORY_PATH }] };
}

/** Every staging model's SQL changes at once (a warehouse migration). */
export function hugeChange(seed: readonly Model[]): DiffCase {
  return {
    base: seed,
    head: seed,
    changedFiles: seed
      .filter((m) => m.layer === 'staging')
      .map((m) => ({ status: 'M', path: m.path })),
  };
}

/** The seed copied `copies` times (names suffixed), every staging model's SQL changed. */
export function scaledChange(seed: readonly Model[], copies: number): DiffCase {
  const models: Model[] = [];
  for (let c = 0; c < copies; c++) {
    const rename = (name: string) => `${name}__copy${c}`;
    for (const model of seed) {
      models.push({
        ...model,
        name: rename(model.name),
        path: model.path.replace(/\.sql$/, `__copy${c}.sql`),
        ...(model.upstream_dependencies && {
          upstream_dependencies: model.upstream_dependencies.map(rename),
        }),
        ...(model.downstream_consumers && {
          downstream_consumers: model.downstream_consumers.map(rename),
        }),
      });
    }
  }
  return hugeChange(models);
}

export interface Example {
  /** File name under docs/examples/. */
  readonly file: string;
  readonly title: string;
  readonly render: () => string;
}

/** The committed examples, in the order the index lists them. */
export function examples(seedText: string): Example[] {
  const seed = seedModels(seedText);
  const comment = (c: DiffCase) => () => {
    const { report, context } = diffReport(c);
    return renderComment(report, context);
  };
  return [
    {
      file: 'identity-change.md',
      title: 'PR comment: the SQL of `int_identity__resolution` changes',
      render: comment(identityChange(seed)),
    },
    {
      file: 'removed-model.md',
      title: 'PR comment: a model is removed while a consumer still references it',
      render: comment(removedModel(seed)),
    },
    {
      file: 'metadata-only.md',
      title: 'PR comment: descriptions and an attribution concept change, nothing else',
      render: comment(metadataOnly(seed)),
    },
    {
      file: 'huge-change.md',
      title: 'PR comment: the SQL of every staging model changes',
      render: comment(hugeChange(seed)),
    },
    {
      file: 'scaled-change.md',
      title:
        'PR comment over the size limit: the seed copied 40 times, every staging SQL changed (cut by priority)',
      render: comment(scaledChange(seed, 40)),
    },
    {
      file: 'huge-change.summary.md',
      title: 'Job summary of the same huge change',
      render: () => {
        const { report, context } = diffReport(hugeChange(seed));
        return renderSummary(report, context);
      },
    },
    {
      file: 'no-changes.md',
      title: 'PR comment when the pull request changes no model',
      render: comment({ base: seed, head: seed }),
    },
    {
      file: 'audit.md',
      title: 'Audit of the seed inventory',
      render: () => {
        const { report, context } = auditReport(seedText);
        return renderAudit(report, context);
      },
    },
  ];
}

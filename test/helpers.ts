import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultConfig, type Config } from '../src/config/schema.js';
import type { ChangedFile } from '../src/diff/changed-files.js';
import { parseInventory, type Inventory } from '../src/inventory/parse.js';
import type { Model } from '../src/inventory/schema.js';
import { buildDiffReport, type RunOptions } from '../src/report/diff-report.js';
import type { DiffReport } from '../src/report/types.js';

export const fixturePath = (name: string) =>
  fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

/** The 226-model fixture derived from the seed inventory (structure of a real warehouse). */
export function seedModels(): Model[] {
  return JSON.parse(readFileSync(fixturePath('seed-inventory.json'), 'utf8')).models;
}

export function inventoryOf(models: readonly unknown[], file = 'inventory.json'): Inventory {
  return parseInventory(JSON.stringify({ models }, null, 2), file);
}

export interface DiffCase {
  base: readonly unknown[] | null;
  head: readonly unknown[] | null;
  changed?: readonly (string | ChangedFile)[];
  config?: Partial<Config>;
  options?: RunOptions;
}

/** Runs the whole pure pipeline on in-memory inventories. */
export function diff({ base, head, changed = [], config = {}, options }: DiffCase): DiffReport {
  return buildDiffReport(
    {
      inventoryPath: 'inventory.json',
      base: { ref: 'base', inventory: base === null ? null : inventoryOf(base) },
      head: { ref: 'head', inventory: head === null ? null : inventoryOf(head) },
      changedFiles: changed.map((c) => (typeof c === 'string' ? { status: 'M', path: c } : c)),
      toolVersion: '0.0.0-test',
    },
    { ...defaultConfig(), ...config },
    options,
  );
}

export function pathOf(models: readonly Model[], name: string): string {
  const model = models.find((m) => m.name === name);
  if (!model) throw new Error(`no model ${name}`);
  return model.path;
}

/** A small model for hand-written cases. */
export function m(name: string, layer: string, extra: Partial<Model> = {}): Model {
  return {
    name,
    path: `models/${layer}/${name}.sql`,
    layer,
    description: `${name} model`,
    ...extra,
  };
}

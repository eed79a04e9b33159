/**
 * Enforced contracts (pure): a column removed from, or retyped in, a model with an enforced
 * contract breaks its consumers' contract: an error. Also reported: a declared column the head SQL
 * no longer produces (when the SQL's column list is known and complete).
 */
import type { Analysis } from './types.js';

export interface ContractColumn {
  name: string;
  data_type?: string;
}

export interface Contract {
  enforced: boolean;
  columns: readonly ContractColumn[];
}

export interface ContractViolation {
  model: string;
  column: string;
  kind: 'removed' | 'retyped' | 'not-produced';
  severity: 'error';
  message: string;
}

function normType(t: string | undefined): string {
  return (t ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function checkContract(
  model: string,
  base: Contract | undefined,
  head: Contract | undefined,
  headColumns?: Analysis,
): ContractViolation[] {
  const out: ContractViolation[] = [];
  const enforced = (c: Contract | undefined): c is Contract => c?.enforced === true;
  if (enforced(base)) {
    const headBy = new Map((head?.columns ?? []).map((c) => [c.name.toLowerCase(), c]));
    for (const b of base.columns) {
      const h = headBy.get(b.name.toLowerCase());
      if (!h) {
        out.push({
          model,
          column: b.name,
          kind: 'removed',
          severity: 'error',
          message: `${model} has an enforced contract and its column ${b.name} was removed`,
        });
      } else if (
        normType(b.data_type) &&
        normType(h.data_type) &&
        normType(b.data_type) !== normType(h.data_type)
      ) {
        out.push({
          model,
          column: b.name,
          kind: 'retyped',
          severity: 'error',
          message: `${model} has an enforced contract and its column ${b.name} changed type from ${b.data_type} to ${h.data_type}`,
        });
      }
    }
  }
  if (enforced(head) && headColumns && !('unknown' in headColumns) && headColumns.complete) {
    const produced = new Set(headColumns.columns.map((c) => c.name));
    for (const h of head.columns) {
      if (!produced.has(h.name.toLowerCase())) {
        out.push({
          model,
          column: h.name,
          kind: 'not-produced',
          severity: 'error',
          message: `${model} has an enforced contract declaring ${h.name}, which its SQL does not produce`,
        });
      }
    }
  }
  return out;
}

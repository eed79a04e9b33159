import { describe, expect, it } from 'vitest';
import {
  covers,
  decideAcknowledgement,
  fingerprint,
  MAX_RECORDED,
  readRecord,
  recordFor,
  recordLine,
  warningPrints,
} from '../../src/action/acknowledgement.js';
import type { Finding } from '../../src/rules/catalog.js';
import { acknowledgeWhere } from '../../src/report/diff-report.js';
import { diff, m } from '../helpers.js';

const SHA = 'a'.repeat(40);
const warning = (model: string, related: string[] = []): Finding => ({
  rule: 'attribution/impacted',
  severity: 'warning',
  model,
  message: `${model} reaches attribution`,
  file: null,
  line: null,
  related,
});

describe('acknowledgement records', () => {
  it('round-trip through the comment’s last line, and anything else is no record', () => {
    const record = recordFor(SHA, warningPrints([warning('a'), warning('b')]));
    const body = `<!-- marker -->\nreport\n\n${recordLine(record)}\n`;
    expect(readRecord(body)).toEqual(record);
    expect(readRecord(body.replace(/\n$/, '\r\n'))).toEqual(record);
    expect(readRecord(`${recordLine(record)}\nmore text`)).toBeNull();
    expect(readRecord(recordLine(record).replace(SHA, 'HEAD'))).toBeNull();
    expect(readRecord('<!-- dbt-blast-radius:acknowledged {"sha":1} -->')).toBeNull();
    expect(readRecord('<!-- dbt-blast-radius:acknowledged {nope -->')).toBeNull();
  });

  it('cover the recorded warnings and not a warning added later', () => {
    const reviewed = [warning('a', ['x'])];
    const record = recordFor(SHA, warningPrints(reviewed));
    const later = [warning('a', ['x']), warning('b')];
    const covered = covers(record, warningPrints(later));
    expect(later.map(covered)).toEqual([true, false]);
    // Reaching one more attribution model is a new warning too.
    expect(covered(warning('a', ['x', 'y']))).toBe(false);
    // The order of related models does not matter.
    expect(fingerprint(warning('a', ['y', 'x']))).toBe(fingerprint(warning('a', ['x', 'y'])));
  });

  it('keep one fingerprint of a very large set, covering exactly that set', () => {
    const many = Array.from({ length: MAX_RECORDED + 1 }, (_, i) => warning(`m${i}`));
    const prints = warningPrints(many);
    const record = recordFor(SHA, prints);
    expect(record.warnings).toBeUndefined();
    expect(recordLine(record).length).toBeLessThan(200);
    expect(covers(record, prints)(many[0]!)).toBe(true);
    expect(covers(record, warningPrints([...many, warning('new')]))(many[0]!)).toBe(false);
  });
});

describe('decideAcknowledgement', () => {
  const prints = warningPrints([warning('a')]);
  const existing = recordFor('b'.repeat(40), []);

  it('records what this run sees when the label was just added', () => {
    expect(
      decideAcknowledgement({ labelOn: true, labeledNow: true, existing, head: SHA, prints }),
    ).toEqual({ kind: 'recorded', record: { sha: SHA, warnings: prints }, fresh: true });
  });

  it('keeps the earlier record on a later push, and acknowledges nothing without one', () => {
    expect(
      decideAcknowledgement({ labelOn: true, labeledNow: false, existing, head: SHA, prints }),
    ).toEqual({ kind: 'recorded', record: existing, fresh: false });
    expect(
      decideAcknowledgement({
        labelOn: true,
        labeledNow: false,
        existing: null,
        head: SHA,
        prints,
      }),
    ).toEqual({ kind: 'unrecorded' });
  });

  it('drops the record when the label is gone', () => {
    expect(
      decideAcknowledgement({ labelOn: false, labeledNow: false, existing, head: SHA, prints }),
    ).toEqual({ kind: 'none' });
  });
});

describe('acknowledgeWhere', () => {
  it('acknowledges only the covered warnings and re-evaluates the verdict', () => {
    const base = [m('a', 'staging', { downstream_consumers: ['b'] }), m('b', 'signal')];
    const head = [
      { ...base[0]!, downstream_consumers: ['b', 'c'] },
      base[1]!,
      m('c', 'attribution'),
    ];
    const report = diff({
      base,
      head,
      changed: ['models/staging/a.sql'],
      config: { 'fail-on': 'warning' },
    });
    expect(report.summary.warnings).toBeGreaterThan(1);
    const first = report.findings.find((f) => f.severity === 'warning')!;
    const partly = acknowledgeWhere(report, (f) => f === first);
    expect(partly.findings.filter((f) => f.acknowledged)).toHaveLength(1);
    expect(partly.summary).toMatchObject({
      warnings: report.summary.warnings - 1,
      verdict: 'fail',
      acknowledged: true,
    });
    const all = acknowledgeWhere(report, () => true);
    expect(all.summary).toMatchObject({ warnings: 0, verdict: 'pass' });
  });
});

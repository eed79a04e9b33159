import { describe, expect, it } from 'vitest';
import { codeViewFromLineage } from '../../src/sync/index.js';

describe('codeViewFromLineage', () => {
  it('keeps model nodes and the edges the code proves', () => {
    const view = codeViewFromLineage(
      {
        nodes: [
          { name: 'raw.events', kind: 'source', path: 'models/sources.yml' },
          { name: 'stg', kind: 'model', path: 'models/stg.sql', layer: 'staging' },
          { name: 'fct', kind: 'model', path: 'models/fct.sql', description: 'Facts.' },
          { name: 'util', kind: 'macro', path: 'macros/util.sql' },
          { name: 'dash', kind: 'exposure', path: 'models/exposures.yml' },
        ],
        edges: [
          { from: 'raw.events', to: 'stg', provenance: ['sql'] },
          { from: 'stg', to: 'fct', provenance: ['inventory', 'jinja'] },
          { from: 'fct', to: 'stg', provenance: ['inventory'] },
          { from: 'util', to: 'fct', provenance: ['macro'] },
          { from: 'fct', to: 'dash', provenance: ['sql'] },
        ],
      },
      { files: ['models/stg.sql', 'models/fct.sql'] },
    );
    expect(view).toEqual({
      models: [
        {
          name: 'stg',
          path: 'models/stg.sql',
          upstream: ['raw.events'],
          downstream: ['fct'],
          layer: 'staging',
        },
        {
          name: 'fct',
          path: 'models/fct.sql',
          upstream: ['stg'],
          downstream: ['dash'],
          description: 'Facts.',
        },
      ],
      files: ['models/stg.sql', 'models/fct.sql'],
    });
  });
});

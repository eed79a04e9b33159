import picomatch from 'picomatch';

/** A `layers:` rule of the config: a glob over file paths and the layer it names. */
export interface LayerGlob {
  readonly glob: string;
  readonly layer: string;
}

/**
 * The layer `layers:` gives a file path: the first rule whose glob matches, else undefined.
 * The globs are compiled once; the code lineage, its view for sync and drift, and sync use it.
 */
export function layerByPath(rules: readonly LayerGlob[]): (path: string) => string | undefined {
  const matchers = rules.map((rule) => ({
    match: picomatch(rule.glob, { dot: true }),
    layer: rule.layer,
  }));
  return (path) => matchers.find(({ match }) => match(path))?.layer;
}

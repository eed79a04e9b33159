/**
 * Defaults the rules compare settings with, in a module of their own: the rules read them
 * without importing the config schema, which imports the rule catalog.
 */
export const DEFAULT_ATTRIBUTION_LAYERS: readonly string[] = [
  'identity',
  'signal',
  'attribution',
  'channel',
];

// zod/mini keeps the bundle small — it loads on every run — but only with named imports (a
// namespace re-export defeats tree-shaking). It ships without messages, so the English locale
// is configured once here and every schema imports from this module.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export {
  _default,
  array,
  boolean,
  enum,
  int,
  literal,
  looseObject,
  maxLength,
  minLength,
  nonnegative,
  nullable,
  number,
  optional,
  positive,
  prettifyError,
  record,
  safeParse,
  strictObject,
  string,
  unknown,
} from 'zod/mini';
export type { core, input, output } from 'zod/mini';

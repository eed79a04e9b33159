// The markdown renderers: pure functions from a report and a render context to a string.
export { renderAudit } from './audit.js';
export { MIN_LENGTH, renderComment } from './comment.js';
export { COMMENT_LIMIT, SUMMARY_LIMIT, type RenderContext, type RenderOptions } from './context.js';
export { commentMarker } from './sanitize.js';
export { renderSummary, SUMMARY_MAX_ROWS } from './summary.js';

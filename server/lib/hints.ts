// Hints the app's gateway gives the in-process sandbox, in request headers. They are
// Stockroom's own (the real API never sees them) and change no answer, only what the
// sandbox prepares ahead.

/** An image search whose first N results the page shows at once: make their thumbnails now. */
export const PREPARE_PREVIEWS_HEADER = 'x-sandbox-prepare-previews';

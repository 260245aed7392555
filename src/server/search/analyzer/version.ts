// Bump whenever analyzeForIndex emits different tokens for the same text, so the index is rebuilt.
export const ANALYZER_VERSION = 1;

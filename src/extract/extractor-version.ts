/** Bumped whenever rules or code change what is extracted; stored with every event and claim. */
export const EXTRACTOR_VERSION = 'sokan-extract/0.1.0';

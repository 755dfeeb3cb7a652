// Replaced by the build with the version from package.json; tests run unbundled code and see the fallback.
declare const STOWAGE_VERSION: string | undefined;

export const version: string = typeof STOWAGE_VERSION === 'string' ? STOWAGE_VERSION : '0.0.0-dev';

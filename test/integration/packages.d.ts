// Types of packages.js (plain JavaScript so `node` runs it without a build) for the TypeScript tests.

export interface PinnedPackage {
  name: string;
  version: string;
  integrity: string;
  include: string[];
  exclude?: string[];
  sourceType?: 'module' | 'commonjs';
  about: string;
}

export const packages: PinnedPackage[];

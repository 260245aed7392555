import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The package root, the same whether running from src/ with tsx or from dist/ after a build. */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const CONTENT_DIR = path.join(PACKAGE_ROOT, 'content');
export const WEB_DIST_DIR = path.join(PACKAGE_ROOT, 'dist', 'web');

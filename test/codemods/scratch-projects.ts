// Throwaway projects for the codemod tests: a folder under the system's temp dir with the given files, removed
// after each test by `removeScratchProjects` (each test file registers it with `afterEach`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let projects: string[] = [];

/** Writes `files` (text by relative path) into `project`, creating their folders. */
export function writeFiles(project: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
}

/** A new project folder named after `prefix`, holding `files`. */
export function createScratchProject(prefix: string, files: Record<string, string>): string {
  const project = mkdtempSync(path.join(os.tmpdir(), prefix));
  projects.push(project);
  writeFiles(project, files);
  return project;
}

export function removeScratchProjects(): void {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
  projects = [];
}

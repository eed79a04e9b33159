// A generated git repository for the benchmarks: `build(write)` writes its files, one commit
// holds them. Kept between runs (a folder with a .git is reused as it is).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function generatedRepo(repo, build) {
  if (existsSync(join(repo, '.git'))) return repo;
  rmSync(repo, { recursive: true, force: true });
  build((path, text) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  });
  const git = (...args) => execFileSync('git', ['-C', repo, ...args]);
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '-qm', 'generated');
  return repo;
}

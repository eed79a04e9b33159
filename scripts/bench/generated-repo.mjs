// A generated git repository for the benchmarks: `build(write)` writes its files, one commit
// holds them, packed (as a clone is: whether git had packed the loose objects on its own depended
// on their count, which made the floors of two sizes incomparable). Kept between runs (a folder
// with a packed .git is reused as it is).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function generatedRepo(repo, build) {
  const git = (...args) => execFileSync('git', ['-C', repo, ...args]);
  if (existsSync(join(repo, '.git'))) {
    if (!/^count: 0$/m.test(git('count-objects', '-v').toString())) git('repack', '-adq');
    return repo;
  }
  rmSync(repo, { recursive: true, force: true });
  build((path, text) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '-qm', 'generated');
  git('repack', '-adq');
  return repo;
}

// Real, throw-away git repositories for tests. Author, committer and dates are fixed (each
// commit one minute after the previous), and the user's own git configuration is ignored, so
// the same steps give the same SHAs on every machine.
//
//   const repo = await createGitRepo();
//   const base = await repo.commit('base', { write: { 'models/a.sql': 'select 1' } });
//   await repo.branch('feature');
//   const head = await repo.commit('rename', { rename: { 'models/a.sql': 'models/b.sql' } });
//   const checkout = await repo.shallowClone({ ref: head }); // like actions/checkout's default
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const FIXTURE_AUTHOR = { name: 'Fixture Author', email: 'fixture@example.com' };
/** Date of the first commit; each later commit is one minute later. */
export const FIXTURE_EPOCH = Date.UTC(2024, 0, 1, 0, 0, 0);

export interface CommitChanges {
  /** Files to create or overwrite (parent folders are created). */
  write?: Record<string, string | Buffer>;
  remove?: string[];
  /** from → to; git sees a rename when the content stays similar. */
  rename?: Record<string, string>;
}

export interface ShallowCloneOptions {
  /** Branch, tag or full commit sha; the repository's current branch by default. */
  ref?: string;
  /** Where to clone; a new temporary folder by default (removed by cleanup()). */
  dir?: string;
}

export interface GitRepoFixture {
  readonly dir: string;
  /** Runs git in the repository with the fixed identity; returns stdout. */
  git(...args: string[]): Promise<string>;
  write(files: Record<string, string | Buffer>): Promise<void>;
  remove(...paths: string[]): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Applies the changes, stages everything and commits; returns the new commit's sha. */
  commit(message: string, changes?: CommitChanges): Promise<string>;
  /**
   * Writes a commit straight into the object store with `git fast-import`, without touching
   * the working tree or the index: for generated commits of thousands of files, which
   * `git add` would take seconds over. `branch` must not be the checked-out branch; the commit's
   * parent is `from`, else the branch's tip, else HEAD. Returns the new commit's sha.
   */
  commitToBranch(
    branch: string,
    message: string,
    changes: { write?: Record<string, string | Buffer>; remove?: string[]; from?: string },
  ): Promise<string>;
  /** Creates a branch at `startPoint` (default HEAD) and switches to it. */
  branch(name: string, startPoint?: string): Promise<void>;
  checkout(ref: string): Promise<void>;
  revParse(ref: string): Promise<string>;
  /** A depth-1 clone over file://, as actions/checkout makes by default. Returns its folder. */
  shallowClone(options?: ShallowCloneOptions): Promise<string>;
  /** Removes the repository and every clone made into a temporary folder. */
  cleanup(): Promise<void>;
}

/** Environment that isolates git from the machine's configuration and fixes identity and date. */
export function fixtureGitEnv(date: Date = new Date(FIXTURE_EPOCH)): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')),
  );
  const when = `${date.toISOString().replace(/\.\d{3}Z$/, '')} +0000`;
  return {
    ...inherited,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: FIXTURE_AUTHOR.name,
    GIT_AUTHOR_EMAIL: FIXTURE_AUTHOR.email,
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_NAME: FIXTURE_AUTHOR.name,
    GIT_COMMITTER_EMAIL: FIXTURE_AUTHOR.email,
    GIT_COMMITTER_DATE: when,
  };
}

async function runGit(cwd: string, args: string[], env = fixtureGitEnv()): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

function runGitWithInput(cwd: string, args: string[], input: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: fixtureGitEnv(),
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git ${args.join(' ')} failed: ${stderr}`)),
    );
    child.stdin.end(input);
  });
}

/** fast-import takes a path as is unless it needs C-style quoting. */
function fastImportPath(path: string): string {
  if (/^[\w./@+-][\w./@+ -]*$/.test(path)) return path;
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const FULL_SHA = /^[0-9a-f]{40}$/;

export async function createGitRepo(
  options: { defaultBranch?: string } = {},
): Promise<GitRepoFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-gh-repo-'));
  const clones: string[] = [];
  let commitCount = 0;
  const git = (...args: string[]) => runGit(dir, args);

  await git('init', '-q', '-b', options.defaultBranch ?? 'main');
  // Lets a shallow fetch ask for any commit by sha, as actions/checkout does for PRs.
  await git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  await git('config', 'core.autocrlf', 'false');
  await git('config', 'commit.gpgsign', 'false');

  const fixture: GitRepoFixture = {
    dir,
    git,
    async write(files) {
      await Promise.all(
        Object.entries(files).map(async ([path, content]) => {
          const target = join(dir, path);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, content);
        }),
      );
    },
    async remove(...paths) {
      for (const path of paths) await rm(join(dir, path), { recursive: true });
    },
    async rename(from, to) {
      await mkdir(dirname(join(dir, to)), { recursive: true });
      await rename(join(dir, from), join(dir, to));
    },
    async commit(message, changes = {}) {
      for (const [from, to] of Object.entries(changes.rename ?? {})) await fixture.rename(from, to);
      await fixture.remove(...(changes.remove ?? []));
      await fixture.write(changes.write ?? {});
      await git('add', '-A');
      const date = new Date(FIXTURE_EPOCH + commitCount * 60_000);
      commitCount += 1;
      await runGit(
        dir,
        ['commit', '-q', '--allow-empty', '--no-verify', '-m', message],
        fixtureGitEnv(date),
      );
      return fixture.revParse('HEAD');
    },
    async commitToBranch(branch, message, { write = {}, remove = [], from }) {
      const parent =
        from ??
        (await fixture.revParse(`refs/heads/${branch}`).catch(() => fixture.revParse('HEAD')));
      const seconds = (FIXTURE_EPOCH + commitCount * 60_000) / 1000;
      commitCount += 1;
      const identity = `${FIXTURE_AUTHOR.name} <${FIXTURE_AUTHOR.email}> ${seconds} +0000`;
      const data = (content: string | Buffer) => {
        const bytes = Buffer.from(content);
        return [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')];
      };
      const stream = [
        Buffer.from(`commit refs/heads/${branch}\nauthor ${identity}\ncommitter ${identity}\n`),
        ...data(message),
        Buffer.from(`from ${parent}\n`),
        ...remove.map((path) => Buffer.from(`D ${fastImportPath(path)}\n`)),
        ...Object.entries(write).flatMap(([path, content]) => [
          Buffer.from(`M 100644 inline ${fastImportPath(path)}\n`),
          ...data(content),
        ]),
        Buffer.from('\n'),
      ];
      await runGitWithInput(dir, ['fast-import', '--quiet'], Buffer.concat(stream));
      return fixture.revParse(`refs/heads/${branch}`);
    },
    async branch(name, startPoint = 'HEAD') {
      await git('switch', '-q', '-c', name, startPoint);
    },
    async checkout(ref) {
      await git('checkout', '-q', ref);
    },
    async revParse(ref) {
      return (await git('rev-parse', '--verify', `${ref}^{commit}`)).trim();
    },
    async shallowClone({ ref, dir: target } = {}) {
      const destination = target ?? (await mkdtemp(join(tmpdir(), 'fake-gh-clone-')));
      if (!target) clones.push(destination);
      const source = `file://${dir}`;
      if (ref && FULL_SHA.test(ref)) {
        // A sha is fetched the way actions/checkout fetches a PR's commit: init + fetch --depth=1.
        await runGit(destination, ['init', '-q']);
        await runGit(destination, ['remote', 'add', 'origin', source]);
        await runGit(destination, ['fetch', '-q', '--no-tags', '--depth=1', 'origin', ref]);
        await runGit(destination, ['checkout', '-q', '--detach', 'FETCH_HEAD']);
      } else {
        const branch = ref ? ['--branch', ref] : [];
        await runGit(dirname(destination), [
          'clone',
          '-q',
          '--depth',
          '1',
          ...branch,
          source,
          destination,
        ]);
      }
      return destination;
    },
    async cleanup() {
      await Promise.all([dir, ...clones].map((path) => rm(path, { recursive: true, force: true })));
    },
  };
  return fixture;
}

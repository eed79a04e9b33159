// JSON shapes of GitHub's REST resources, trimmed to the fields a client plausibly reads but
// keeping GitHub's names, nesting and types (ids are numbers, timestamps ISO seconds, absent
// things null rather than missing).
import { createHash } from 'node:crypto';
import type { ChangedFile, CommitInfo, TreeEntry } from './git-repository.js';
import type { StoredPullRequest } from './state.js';
import type { FakeComment, FakeReview, FakeUser } from './types.js';

export interface Site {
  /** API root, e.g. http://127.0.0.1:1234 or http://127.0.0.1:1234/api/v3 */
  apiUrl: string;
  htmlUrl: string;
  owner: string;
  repo: string;
  repoId: number;
  defaultBranch: string;
  /** A recursive tree listing longer than this is cut and marked `truncated` (GitHub: 100,000). */
  maxTreeEntries: number;
}

/** Stable pseudo ids for things the test did not number itself. */
export function stableId(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) % 1_000_000_000;
}

const nodeId = (kind: string, id: number | string) =>
  Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');

export function userJson(site: Site, user: FakeUser) {
  const id = user.id ?? stableId(`user:${user.login}`);
  return {
    login: user.login,
    id,
    node_id: nodeId(user.type, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    url: `${site.apiUrl}/users/${encodeURIComponent(user.login)}`,
    html_url: `${site.htmlUrl}/${user.type === 'Bot' ? 'apps/' : ''}${user.login.replace(/\[bot\]$/, '')}`,
    type: user.type,
    site_admin: false,
  };
}

export function repositoryJson(site: Site, fullName: string) {
  const [owner = '', name = ''] = fullName.split('/');
  const isBase = fullName.toLowerCase() === `${site.owner}/${site.repo}`.toLowerCase();
  const id = isBase ? site.repoId : stableId(`repo:${fullName}`);
  return {
    id,
    node_id: nodeId('Repository', id),
    name,
    full_name: fullName,
    private: false,
    owner: userJson(site, { login: owner, type: 'User' }),
    html_url: `${site.htmlUrl}/${fullName}`,
    url: `${site.apiUrl}/repos/${fullName}`,
    fork: !isBase,
    default_branch: site.defaultBranch,
    visibility: 'public',
  };
}

export function labelJson(site: Site, name: string) {
  const id = stableId(`label:${name}`);
  return {
    id,
    node_id: nodeId('Label', id),
    url: `${site.apiUrl}/repos/${site.owner}/${site.repo}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null,
  };
}

export interface PullRequestStats {
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

export function pullRequestJson(site: Site, pull: StoredPullRequest, stats: PullRequestStats) {
  const repoPath = `${site.owner}/${site.repo}`;
  const api = `${site.apiUrl}/repos/${repoPath}`;
  const html = `${site.htmlUrl}/${repoPath}/pull/${pull.number}`;
  const id = stableId(`pull:${repoPath}#${pull.number}`);
  const headOwner = (pull.headRepoFullName ?? 'ghost/deleted').split('/')[0] ?? '';
  const branch = (ref: string, sha: string, fullName: string | null, owner: string) => ({
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: userJson(site, { login: owner, type: 'User' }),
    repo: fullName === null ? null : repositoryJson(site, fullName),
  });
  return {
    url: `${api}/pulls/${pull.number}`,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userJson(site, pull.author),
    body: pull.body,
    labels: pull.labels.map((name) => labelJson(site, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.state === 'closed' ? pull.updatedAt : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.headRef, pull.headSha, pull.headRepoFullName, headOwner),
    base: branch(pull.baseRef, pull.baseSha, repoPath, site.owner),
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: pull.draft,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles,
  };
}

export function commentJson(site: Site, comment: FakeComment) {
  const repoPath = `${site.owner}/${site.repo}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${site.apiUrl}/repos/${repoPath}/issues/comments/${comment.id}`,
    html_url: `${site.htmlUrl}/${repoPath}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${site.apiUrl}/repos/${repoPath}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(site, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.login === site.owner ? 'OWNER' : 'NONE',
    performed_via_github_app: null,
  };
}

export function changedFileJson(site: Site, file: ChangedFile, headSha: string, patch?: string) {
  const repoPath = `${site.owner}/${site.repo}`;
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${site.htmlUrl}/${repoPath}/blob/${headSha}/${path}`,
    raw_url: `${site.htmlUrl}/${repoPath}/raw/${headSha}/${path}`,
    contents_url: `${site.apiUrl}/repos/${repoPath}/contents/${path}?ref=${headSha}`,
    ...(patch === undefined ? {} : { patch }),
    ...(file.previousFilename === undefined ? {} : { previous_filename: file.previousFilename }),
  };
}

export function reviewJson(site: Site, review: FakeReview) {
  const repoPath = `${site.owner}/${site.repo}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: userJson(site, review.user),
    body: review.body,
    state: review.state,
    html_url: `${site.htmlUrl}/${repoPath}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
    pull_request_url: `${site.apiUrl}/repos/${repoPath}/pulls/${review.pullNumber}`,
    _links: {
      html: {
        href: `${site.htmlUrl}/${repoPath}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
      },
      pull_request: { href: `${site.apiUrl}/repos/${repoPath}/pulls/${review.pullNumber}` },
    },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
    author_association: review.user.login === site.owner ? 'OWNER' : 'NONE',
  };
}

export function commitJson(site: Site, info: CommitInfo) {
  const repoPath = `${site.owner}/${site.repo}`;
  return {
    sha: info.sha,
    node_id: nodeId('Commit', info.sha),
    url: `${site.apiUrl}/repos/${repoPath}/commits/${info.sha}`,
    html_url: `${site.htmlUrl}/${repoPath}/commit/${info.sha}`,
    commit: {
      author: info.author,
      committer: info.committer,
      message: info.message,
      tree: { sha: info.tree, url: `${site.apiUrl}/repos/${repoPath}/git/trees/${info.tree}` },
      url: `${site.apiUrl}/repos/${repoPath}/git/commits/${info.sha}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    },
    // GitHub maps commit emails to accounts; the fake knows no accounts.
    author: null,
    committer: null,
    parents: info.parents.map((sha) => ({
      sha,
      url: `${site.apiUrl}/repos/${repoPath}/commits/${sha}`,
      html_url: `${site.htmlUrl}/${repoPath}/commit/${sha}`,
    })),
  };
}

const CONTENT_TYPE_BY_MODE: Record<string, 'file' | 'dir' | 'symlink' | 'submodule'> = {
  '040000': 'dir',
  '120000': 'symlink',
  '160000': 'submodule',
};

export function contentEntryJson(site: Site, entry: TreeEntry, ref: string) {
  const repoPath = `${site.owner}/${site.repo}`;
  const type = CONTENT_TYPE_BY_MODE[entry.mode] ?? 'file';
  const path = entry.path.split('/').map(encodeURIComponent).join('/');
  const self = `${site.apiUrl}/repos/${repoPath}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${site.apiUrl}/repos/${repoPath}/git/${type === 'dir' ? 'trees' : 'blobs'}/${entry.sha}`;
  const html = `${site.htmlUrl}/${repoPath}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
  return {
    name: entry.path.split('/').pop() ?? '',
    path: entry.path,
    sha: entry.sha,
    size: entry.size,
    url: self,
    html_url: html,
    git_url: git,
    download_url:
      type === 'file' ? `https://raw.githubusercontent.com/${repoPath}/${ref}/${path}` : null,
    // Directory listings call submodules "file" for backwards compatibility, as GitHub does.
    type: type === 'submodule' ? 'file' : type,
    _links: { self, git, html },
  };
}

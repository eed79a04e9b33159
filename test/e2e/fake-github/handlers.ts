// One handler per OpenAPI operation. The server has already validated the request, checked the
// token and the repository; handlers answer from the git repository and the fake's state.
import type { GitRepository, ChangedFile } from './git-repository.js';
import { paginate } from './pagination.js';
import {
  changedFileJson,
  commentJson,
  commitJson,
  contentEntryJson,
  labelJson,
  pullRequestJson,
  reviewJson,
  type Site,
} from './representations.js';
import { base64LikeGitHub, error, json, notFound, type FakeResponse } from './responses.js';
import type { FakeState, StoredPullRequest } from './state.js';
import type { FakeTokenGrant } from './types.js';

export interface HandlerContext {
  site: Site;
  state: FakeState;
  git: GitRepository;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  accept: string;
  grant: FakeTokenGrant;
}

type Handler = (context: HandlerContext) => Promise<FakeResponse>;

/** GitHub's limit on issue and PR comment bodies, in UTF-16 code units (JS string length). */
export const MAX_COMMENT_LENGTH = 65_536;
/** Above this the contents API's JSON form carries no content (encoding "none"). */
export const MAX_INLINE_CONTENT_BYTES = 1024 * 1024;
const MAX_PULL_REQUEST_FILES = 3000;
const MAX_COMPARE_FILES = 300;
const MAX_COMPARE_COMMITS = 250;
const MAX_COMMIT_FILES = 3000;
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const DOCS = {
  getPull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  listPullFiles: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
  listComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  updateComment: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  deleteComment: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
  getContent: 'https://docs.github.com/rest/repos/contents#get-repository-content',
  compare: 'https://docs.github.com/rest/commits/commits#compare-two-commits',
  getCommit: 'https://docs.github.com/rest/commits/commits#get-a-commit',
  listLabels: 'https://docs.github.com/rest/issues/labels#list-labels-for-an-issue',
  getTree: 'https://docs.github.com/rest/git/trees#get-a-tree',
  getBlob: 'https://docs.github.com/rest/git/blobs#get-a-blob',
  listReviews: 'https://docs.github.com/rest/pulls/reviews#list-reviews-for-a-pull-request',
  createReview: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
};

/** Documentation URL of each operation's error answers, by operationId. */
export const DOCUMENTATION_URLS: Record<string, string> = {
  'pulls/get': DOCS.getPull,
  'pulls/list-files': DOCS.listPullFiles,
  'issues/list-comments': DOCS.listComments,
  'issues/create-comment': DOCS.createComment,
  'issues/update-comment': DOCS.updateComment,
  'issues/delete-comment': DOCS.deleteComment,
  'repos/get-content': DOCS.getContent,
  'repos/compare-commits-with-basehead': DOCS.compare,
  'repos/get-commit': DOCS.getCommit,
  'issues/list-labels-on-issue': DOCS.listLabels,
  'git/get-tree': DOCS.getTree,
  'git/get-blob': DOCS.getBlob,
  'pulls/list-reviews': DOCS.listReviews,
  'pulls/create-review': DOCS.createReview,
};

const linkPath = (site: Site, rest: string) => `/repositories/${site.repoId}${rest}`;

function pageOf<T>(context: HandlerContext, items: T[], rest: string, perPage?: [number, number]) {
  return paginate(items, {
    query: context.query,
    apiUrl: context.site.apiUrl,
    linkPath: linkPath(context.site, rest),
    ...(perPage ? { defaultPerPage: perPage[0], maxPerPage: perPage[1] } : {}),
  });
}

function withLink(body: unknown, link: string | undefined, status = 200): FakeResponse {
  return json(status, body, link ? { link } : {});
}

async function requireCommit(git: GitRepository, sha: string, what: string): Promise<string> {
  const resolved = await git.resolveCommit(sha);
  if (!resolved) throw new Error(`${what} ${sha} is not a commit of the fake's repository`);
  return resolved;
}

/** What a pull request's "Files changed" shows: head against its merge base with base. */
async function pullRequestDiff(git: GitRepository, pull: StoredPullRequest) {
  const base = await requireCommit(git, pull.baseSha, `pull #${pull.number} base.sha`);
  const head = await requireCommit(git, pull.headSha, `pull #${pull.number} head.sha`);
  const mergeBase = (await git.mergeBase(base, head)) ?? base;
  const [files, commits] = await Promise.all([
    git.diff(mergeBase, head),
    git.commitsBetween(mergeBase, head),
  ]);
  return { files, commits, mergeBase, head };
}

const sum = (files: ChangedFile[], key: 'additions' | 'deletions') =>
  files.reduce((total, file) => total + file[key], 0);

const getPull: Handler = async (context) => {
  const pull = context.state.pullRequest(Number(context.pathParams.pull_number));
  if (!pull) return notFound(DOCS.getPull);
  const { files, commits } = await pullRequestDiff(context.git, pull);
  const stats = {
    commits: commits.length,
    additions: sum(files, 'additions'),
    deletions: sum(files, 'deletions'),
    changedFiles: files.length,
  };
  return json(200, pullRequestJson(context.site, pull, stats));
};

const listPullFiles: Handler = async (context) => {
  const number = Number(context.pathParams.pull_number);
  const pull = context.state.pullRequest(number);
  if (!pull) return notFound(DOCS.listPullFiles);
  const { files, mergeBase, head } = await pullRequestDiff(context.git, pull);
  const capped = files.slice(0, MAX_PULL_REQUEST_FILES);
  const page = pageOf(context, capped, `/pulls/${number}/files`);
  const patches = await context.git.patches(mergeBase, head);
  const body = page.items.map((file) =>
    changedFileJson(context.site, file, pull.headSha, patches.get(file.filename)),
  );
  return withLink(body, page.link);
};

const listComments: Handler = async (context) => {
  const number = Number(context.pathParams.issue_number);
  if (!context.state.hasIssue(number)) return notFound(DOCS.listComments);
  const since = context.query.get('since');
  const comments = context.state
    .comments(number)
    .filter((comment) => since === null || Date.parse(comment.updatedAt) >= Date.parse(since));
  const page = pageOf(context, comments, `/issues/${number}/comments`);
  return withLink(
    page.items.map((comment) => commentJson(context.site, comment)),
    page.link,
  );
};

function bodyTooLong(documentationUrl: string): FakeResponse {
  return json(422, {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
      },
    ],
    documentation_url: documentationUrl,
    status: '422',
  });
}

const commentBody = (context: HandlerContext) => (context.body as { body: string }).body;

const createComment: Handler = async (context) => {
  const number = Number(context.pathParams.issue_number);
  if (!context.state.hasIssue(number)) return notFound(DOCS.createComment);
  const body = commentBody(context);
  if (body.length > MAX_COMMENT_LENGTH) return bodyTooLong(DOCS.createComment);
  const comment = context.state.addComment({ issueNumber: number, body, user: context.grant.user });
  const representation = commentJson(context.site, comment);
  return json(201, representation, { location: representation.url });
};

const updateComment: Handler = async (context) => {
  const id = Number(context.pathParams.comment_id);
  if (!context.state.comment(id)) return notFound(DOCS.updateComment);
  const body = commentBody(context);
  if (body.length > MAX_COMMENT_LENGTH) return bodyTooLong(DOCS.updateComment);
  const comment = context.state.updateComment(id, body);
  return json(200, comment && commentJson(context.site, comment));
};

const deleteComment: Handler = async (context) => {
  const id = Number(context.pathParams.comment_id);
  if (!context.state.deleteComment(id)) return notFound(DOCS.deleteComment);
  return { status: 204 };
};

const listLabels: Handler = async (context) => {
  const number = Number(context.pathParams.issue_number);
  const pull = context.state.pullRequest(number);
  if (!pull) return notFound(DOCS.listLabels);
  const page = pageOf(context, pull.labels, `/issues/${number}/labels`);
  return withLink(
    page.items.map((name) => labelJson(context.site, name)),
    page.link,
  );
};

type ContentMedia = 'raw' | 'object' | 'json';

/** application/vnd.github.raw, .raw+json, .v3.raw → raw bytes; .object(+json) → object form. */
function contentMedia(accept: string): ContentMedia {
  if (/application\/vnd\.github(\.v3)?\.raw\b/i.test(accept)) return 'raw';
  if (/application\/vnd\.github(\.v3)?\.object\b/i.test(accept)) return 'object';
  return 'json';
}

const getContent: Handler = async (context) => {
  const { git, site } = context;
  const ref = context.query.get('ref') ?? site.defaultBranch;
  const sha = await git.resolveCommit(ref);
  if (!sha) return error(404, `No commit found for the ref ${ref}`, DOCS.getContent);
  const path = (context.pathParams.path ?? '').replace(/^\/+|\/+$/g, '');
  const entry = await git.entry(sha, path);
  if (!entry) return notFound(DOCS.getContent);
  const media = contentMedia(context.accept);
  const describe = contentEntryJson(site, entry, ref);

  if (entry.type === 'tree') {
    const listing = (await git.listDirectory(sha, path)).map((e) => contentEntryJson(site, e, ref));
    return json(200, media === 'object' ? { ...describe, type: 'dir', entries: listing } : listing);
  }
  if (entry.type === 'commit') {
    return json(200, { ...describe, type: 'submodule', submodule_git_url: null });
  }
  const tooLarge = entry.size > MAX_INLINE_CONTENT_BYTES;
  const data = tooLarge && media !== 'raw' ? Buffer.alloc(0) : await git.readBlob(entry.sha);
  if (media === 'raw') {
    return {
      status: 200,
      headers: {
        'content-type': 'application/vnd.github.raw; charset=utf-8',
        'x-github-media-type': 'github.v3; param=raw',
      },
      body: data,
    };
  }
  if (entry.mode === '120000') {
    return json(200, { ...describe, type: 'symlink', target: data.toString('utf8') });
  }
  return json(200, {
    ...describe,
    type: 'file',
    encoding: tooLarge ? 'none' : 'base64',
    content: tooLarge ? '' : base64LikeGitHub(data),
  });
};

/** `BASE...HEAD` (against the merge base, like a PR) or `BASE..HEAD`; `user:ref` allowed. */
function parseBasehead(basehead: string) {
  const threeDots = basehead.indexOf('...');
  const separator = threeDots >= 0 ? '...' : '..';
  const at = threeDots >= 0 ? threeDots : basehead.indexOf('..');
  if (at <= 0) return undefined;
  const stripUser = (ref: string) => ref.replace(/^[^:]+:/, '');
  const base = stripUser(basehead.slice(0, at));
  const head = stripUser(basehead.slice(at + separator.length));
  return head ? { base, head, againstMergeBase: separator === '...' } : undefined;
}

function compareStatus(aheadBy: number, behindBy: number) {
  if (aheadBy === 0 && behindBy === 0) return 'identical';
  if (behindBy === 0) return 'ahead';
  if (aheadBy === 0) return 'behind';
  return 'diverged';
}

const compare: Handler = async (context) => {
  const { git, site, query } = context;
  const refs = parseBasehead(context.pathParams.basehead ?? '');
  if (!refs) return notFound(DOCS.compare);
  const [base, head] = await Promise.all([
    git.resolveCommit(refs.base),
    git.resolveCommit(refs.head),
  ]);
  if (!base || !head) return notFound(DOCS.compare);
  const mergeBase = await git.mergeBase(base, head);
  if (!mergeBase) {
    return error(404, `No common ancestor between ${refs.base} and ${refs.head}.`, DOCS.compare);
  }
  const diffFrom = refs.againstMergeBase ? mergeBase : base;
  const [ahead, behind, files] = await Promise.all([
    git.commitsBetween(base, head),
    git.commitsBetween(head, base),
    git.diff(diffFrom, head),
  ]);
  // Without page/per_page GitHub lists up to 250 commits; with them it pages the commits and
  // lists the files on the first page only.
  const paged = query.has('page') || query.has('per_page');
  const page = paged
    ? pageOf(context, ahead, `/compare/${encodeURIComponent(context.pathParams.basehead ?? '')}`)
    : { items: ahead.slice(0, MAX_COMPARE_COMMITS), link: undefined };
  const firstPage = !paged || Number(query.get('page') ?? '1') <= 1;
  const [baseInfo, mergeBaseInfo, ...commitInfos] = await git.commitInfos([
    base,
    mergeBase,
    ...page.items,
  ]);
  const repoPath = `${site.owner}/${site.repo}`;
  const html = `${site.htmlUrl}/${repoPath}/compare/${context.pathParams.basehead}`;
  const body = {
    url: `${site.apiUrl}/repos/${repoPath}/compare/${context.pathParams.basehead}`,
    html_url: html,
    permalink_url: `${site.htmlUrl}/${repoPath}/compare/${base}...${head}`,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    base_commit: baseInfo && commitJson(site, baseInfo),
    merge_base_commit: mergeBaseInfo && commitJson(site, mergeBaseInfo),
    status: compareStatus(ahead.length, behind.length),
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: commitInfos.map((info) => commitJson(site, info)),
    files: firstPage
      ? files.slice(0, MAX_COMPARE_FILES).map((file) => changedFileJson(site, file, head))
      : [],
  };
  return withLink(body, page.link);
};

const getCommit: Handler = async (context) => {
  const { git, site } = context;
  const ref = context.pathParams.ref ?? '';
  const sha = await git.resolveCommit(ref);
  if (!sha) return error(422, `No commit found for SHA: ${ref}`, DOCS.getCommit);
  if (/application\/vnd\.github(\.v3)?\.sha\b/i.test(context.accept)) {
    return {
      status: 200,
      headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' },
      body: sha,
    };
  }
  const info = await git.commitInfo(sha);
  const files = (await git.diff(info.parents[0] ?? EMPTY_TREE, sha)).slice(0, MAX_COMMIT_FILES);
  // GitHub pages a commit's files 300 at a time, up to 3000.
  const page = pageOf(context, files, `/commits/${sha}`, [300, 300]);
  const additions = sum(files, 'additions');
  const deletions = sum(files, 'deletions');
  const body = {
    ...commitJson(site, info),
    stats: { total: additions + deletions, additions, deletions },
    files: page.items.map((file) => changedFileJson(site, file, sha)),
  };
  return withLink(body, page.link);
};

/**
 * A tree by its sha, or by a commit sha or ref (GitHub accepts both). Any `recursive` value
 * lists the subtrees too; past `maxTreeEntries` the list is cut and `truncated` is true.
 */
const getTree: Handler = async (context) => {
  const { git, site } = context;
  const tree = await git.resolveTree(context.pathParams.tree_sha ?? '');
  if (!tree) return notFound(DOCS.getTree);
  const entries = await git.listTree(tree, context.query.has('recursive'));
  const truncated = entries.length > site.maxTreeEntries;
  const repoPath = `${site.apiUrl}/repos/${site.owner}/${site.repo}`;
  return json(200, {
    sha: tree,
    url: `${repoPath}/git/trees/${tree}`,
    tree: entries.slice(0, site.maxTreeEntries).map((entry) => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.type === 'blob' && { size: entry.size }),
      url: `${repoPath}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
    })),
    truncated,
  });
};

/**
 * A blob by its sha, base64 like GitHub (or raw bytes for the raw media type). A sha that names
 * no blob is a 404.
 */
const getBlob: Handler = async (context) => {
  const { git, site } = context;
  const sha = context.pathParams.file_sha ?? '';
  if ((await git.objectType(sha)) !== 'blob') return notFound(DOCS.getBlob);
  const data = await git.readBlob(sha);
  if (contentMedia(context.accept) === 'raw') {
    return {
      status: 200,
      headers: {
        'content-type': 'application/vnd.github.raw; charset=utf-8',
        'x-github-media-type': 'github.v3; param=raw',
      },
      body: data,
    };
  }
  return json(200, {
    sha,
    node_id: Buffer.from(`Blob:${sha}`).toString('base64'),
    size: data.length,
    url: `${site.apiUrl}/repos/${site.owner}/${site.repo}/git/blobs/${sha}`,
    content: base64LikeGitHub(data),
    encoding: 'base64',
  });
};

const listReviews: Handler = async (context) => {
  const number = Number(context.pathParams.pull_number);
  if (!context.state.pullRequest(number)) return notFound(DOCS.listReviews);
  const page = pageOf(context, context.state.reviews(number), `/pulls/${number}/reviews`);
  return withLink(
    page.items.map((review) => reviewJson(context.site, review)),
    page.link,
  );
};

interface ReviewCommentInput {
  path: string;
  body: string;
  line?: number;
  side?: string;
  start_line?: number;
  start_side?: string;
  position?: number;
}

/** The hunks of a file patch: the lines of each side a comment may sit on. */
function hunkLines(patch: string): { left: Set<number>; right: Set<number> }[] {
  const hunks: { left: Set<number>; right: Set<number> }[] = [];
  let left = 0;
  let right = 0;
  for (const line of patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      left = Number(header[1]);
      right = Number(header[2]);
      hunks.push({ left: new Set(), right: new Set() });
      continue;
    }
    const hunk = hunks.at(-1);
    if (!hunk) continue;
    if (line.startsWith('+')) hunk.right.add(right++);
    else if (line.startsWith('-')) hunk.left.add(left++);
    else if (line.startsWith(' ')) {
      hunk.left.add(left++);
      hunk.right.add(right++);
    }
  }
  return hunks;
}

function unprocessable(messages: string[]): FakeResponse {
  return json(422, {
    message: 'Unprocessable Entity',
    errors: messages,
    documentation_url: DOCS.createReview,
    status: '422',
  });
}

/**
 * A review, submitted at once (event) or pending. Like GitHub: every comment's path must be a
 * file of the pull request's diff at `commit_id`, and its lines lines of one hunk of that
 * file's diff, on the side given; `position` (the old style) is not supported by the fake.
 */
const createReview: Handler = async (context) => {
  const number = Number(context.pathParams.pull_number);
  const pull = context.state.pullRequest(number);
  if (!pull) return notFound(DOCS.createReview);
  const input = context.body as {
    commit_id?: string;
    body?: string;
    event?: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT';
    comments?: ReviewCommentInput[];
  };
  const commitId = input.commit_id ?? pull.headSha;
  const commit = await context.git.resolveCommit(commitId);
  if (!commit || commit !== commitId) return unprocessable(['Commit could not be resolved']);
  const body = input.body ?? '';
  const comments = input.comments ?? [];
  if (body.length > MAX_COMMENT_LENGTH) return bodyTooLong(DOCS.createReview);
  if (input.event === 'REQUEST_CHANGES' && body === '')
    return unprocessable(['Body is required for the REQUEST_CHANGES event']);
  if (input.event === 'COMMENT' && body === '' && comments.length === 0)
    return unprocessable(['Body is required for the COMMENT event']);
  const { files, mergeBase, head } = await pullRequestDiff(context.git, {
    ...pull,
    headSha: commit,
  });
  const patches = await context.git.patches(mergeBase, head);
  const problems: string[] = [];
  const stored = comments.map((comment, i) => {
    const where = `comments[${i}]`;
    if (comment.body.length > MAX_COMMENT_LENGTH)
      problems.push(`${where}: body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`);
    const side = comment.side === 'LEFT' ? 'LEFT' : 'RIGHT';
    const startSide = comment.start_side === 'LEFT' ? 'LEFT' : side;
    if (comment.position !== undefined || comment.line === undefined) {
      problems.push(`${where}: the fake supports line comments only (line, side)`);
    } else if (!files.some((file) => file.filename === comment.path)) {
      problems.push(`${where}: Path could not be resolved`);
    } else {
      const hunks = hunkLines(patches.get(comment.path) ?? '');
      const key = (s: string) => (s === 'LEFT' ? 'left' : 'right');
      const hunk = hunks.find((h) => h[key(side)].has(comment.line!));
      if (!hunk) problems.push(`${where}: Line could not be resolved`);
      else if (comment.start_line !== undefined) {
        if (comment.start_line >= comment.line)
          problems.push(`${where}: start_line must precede the end line`);
        else if (!hunk[key(startSide)].has(comment.start_line))
          problems.push(`${where}: start_line must be part of the same hunk as the line`);
      }
    }
    return {
      path: comment.path,
      line: comment.line ?? 0,
      side: side as 'LEFT' | 'RIGHT',
      startLine: comment.start_line ?? null,
      startSide: comment.start_line === undefined ? null : (startSide as 'LEFT' | 'RIGHT'),
      body: comment.body,
    };
  });
  if (problems.length > 0) return unprocessable(problems);
  const state =
    input.event === 'APPROVE'
      ? 'APPROVED'
      : input.event === 'REQUEST_CHANGES'
        ? 'CHANGES_REQUESTED'
        : input.event === 'COMMENT'
          ? 'COMMENTED'
          : 'PENDING';
  const review = context.state.addReview({
    pullNumber: number,
    body,
    state,
    commitId: commit,
    user: context.grant.user,
    comments: stored,
  });
  return json(200, reviewJson(context.site, review));
};

export const HANDLERS: Record<string, Handler> = {
  'pulls/list-reviews': listReviews,
  'pulls/create-review': createReview,
  'git/get-tree': getTree,
  'git/get-blob': getBlob,
  'pulls/get': getPull,
  'pulls/list-files': listPullFiles,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'issues/list-labels-on-issue': listLabels,
  'repos/get-content': getContent,
  'repos/compare-commits-with-basehead': compare,
  'repos/get-commit': getCommit,
};

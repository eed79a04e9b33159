// GitHub-style pagination: `per_page` (default 30, capped at 100) and `page` (from 1), with a
// Link header whose URLs, like GitHub's, point at `/repositories/{id}/…` rather than
// `/repos/{owner}/{repo}/…`, keep the other query parameters and change only `page`.

export interface PageRequest {
  query: URLSearchParams;
  /** Absolute URL of the API root, e.g. http://127.0.0.1:1234/api/v3 */
  apiUrl: string;
  /** Path relative to the API root for the links, e.g. /repositories/1/issues/5/comments */
  linkPath: string;
  defaultPerPage?: number;
  maxPerPage?: number;
}

export interface Page<T> {
  items: T[];
  /** Undefined when everything fits on one page. */
  link?: string;
}

export function paginate<T>(all: T[], request: PageRequest): Page<T> {
  const { query, defaultPerPage = 30, maxPerPage = 100 } = request;
  const perPage = clampPerPage(query.get('per_page'), defaultPerPage, maxPerPage);
  const page = Math.max(1, Math.trunc(Number(query.get('page') ?? '1')) || 1);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (lastPage === 1) return { items };
  return { items, link: linkHeader(request, page, lastPage) };
}

function clampPerPage(raw: string | null, fallback: number, max: number): number {
  const value = Math.trunc(Number(raw ?? fallback));
  if (!Number.isFinite(value) || value < 1) return fallback;
  return Math.min(value, max);
}

/** Same relation order as GitHub: prev, next, last, first. */
function linkHeader(request: PageRequest, page: number, lastPage: number): string | undefined {
  const url = (target: number) => {
    const query = new URLSearchParams(request.query);
    query.delete('page');
    query.append('page', String(target));
    return `<${request.apiUrl}${request.linkPath}?${query.toString()}>`;
  };
  const relations: string[] = [];
  if (page > 1) relations.push(`${url(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) {
    relations.push(`${url(page + 1)}; rel="next"`, `${url(lastPage)}; rel="last"`);
  }
  if (page > 1) relations.push(`${url(1)}; rel="first"`);
  return relations.length > 0 ? relations.join(', ') : undefined;
}

// Checks each request against the committed OpenAPI subset of GitHub's REST description: the
// method + path must be a declared operation, path and query parameters must be declared and
// fit their schemas, and a JSON body must fit the requestBody schema. Stricter than GitHub on
// purpose: GitHub ignores unknown query parameters and body fields, which hides client bugs
// (a misspelt `per_page` silently returns 30 items).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

export const DEFAULT_OPENAPI_FILE = fileURLToPath(
  new URL('../openapi/github-subset.json', import.meta.url),
);

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Record<string, unknown>;
  'x-multi-segment'?: boolean;
}

interface OpenApiOperation {
  operationId: string;
  parameters: OpenApiParameter[];
  requestBody?: {
    required: boolean;
    content: { 'application/json': { schema: Record<string, unknown> } };
  };
}

interface OpenApiSubset {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  operation: OpenApiOperation;
}

export interface RequestToValidate {
  method: string;
  /** Path relative to the API root, still percent-encoded. */
  rawPath: string;
  query: URLSearchParams;
  contentType: string | undefined;
  rawBody: string;
}

export interface ValidationOutcome {
  /** Undefined when no declared operation has this method and path. */
  route?: { template: string; operationId: string };
  /** Decoded path parameters (strings). */
  pathParams: Record<string, string>;
  /** Parsed JSON body, or the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  problems: string[];
}

export class OpenApiValidator {
  private readonly routes: Route[];
  /** Parameters arrive as strings: coerce them to the declared types before checking. */
  private readonly parameterAjv = createAjv(true);
  private readonly bodyAjv = createAjv(false);
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(subset: OpenApiSubset) {
    this.routes = Object.entries(subset.paths)
      .flatMap(([template, methods]) =>
        Object.entries(methods).map(([method, operation]) =>
          compileRoute(method.toUpperCase(), template, operation),
        ),
      )
      // Templates with more literal text first, so '/issues/comments/{id}' wins over '{x}'.
      .sort((a, b) => literalLength(b.template) - literalLength(a.template));
  }

  static fromFile(file = DEFAULT_OPENAPI_FILE): OpenApiValidator {
    return new OpenApiValidator(JSON.parse(readFileSync(file, 'utf8')) as OpenApiSubset);
  }

  validate(request: RequestToValidate): ValidationOutcome {
    const body = parseBody(request.rawBody);
    const match = this.match(request.method, request.rawPath);
    if (!match) {
      const problem = `${request.method} ${request.rawPath} is not an operation of the OpenAPI subset`;
      return { pathParams: {}, body: body.value, problems: [problem] };
    }
    const { route, pathParams, decodeProblems } = match;
    const problems = [
      ...decodeProblems,
      ...this.checkPathParameters(route, pathParams),
      ...this.checkQuery(route, request.query),
      ...this.checkBody(route, request, body),
    ];
    const summary = { template: route.template, operationId: route.operation.operationId };
    return { route: summary, pathParams, body: body.value, problems };
  }

  private match(method: string, rawPath: string) {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(rawPath);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      const decodeProblems: string[] = [];
      route.paramNames.forEach((name, index) => {
        const raw = found[index + 1] ?? '';
        try {
          pathParams[name] = decodeURIComponent(raw);
        } catch {
          decodeProblems.push(`path parameter ${name} is not valid percent-encoding: ${raw}`);
          pathParams[name] = raw;
        }
      });
      return { route, pathParams, decodeProblems };
    }
    return undefined;
  }

  private checkPathParameters(route: Route, values: Record<string, string>): string[] {
    const validate = this.parameterValidator(route, 'path');
    return validate({ ...values }) ? [] : describe(validate.errors, 'path parameter');
  }

  private checkQuery(route: Route, query: URLSearchParams): string[] {
    const declared = new Map(
      route.operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]),
    );
    const problems: string[] = [];
    const values: Record<string, unknown> = {};
    for (const name of new Set(query.keys())) {
      const parameter = declared.get(name);
      const all = query.getAll(name);
      if (!parameter) {
        problems.push(`query parameter ${name} is not declared for ${route.operation.operationId}`);
      } else if (parameter.schema.type === 'array') {
        values[name] = all;
      } else if (all.length > 1) {
        problems.push(`query parameter ${name} is repeated (${all.length} values)`);
      } else {
        values[name] = all[0];
      }
    }
    const validate = this.parameterValidator(route, 'query');
    if (!validate(values)) problems.push(...describe(validate.errors, 'query parameter'));
    return problems;
  }

  private checkBody(route: Route, request: RequestToValidate, body: ParsedBody): string[] {
    const declared = route.operation.requestBody;
    const id = route.operation.operationId;
    if (!declared) {
      return request.rawBody.length > 0 ? [`${id} takes no request body, got one`] : [];
    }
    if (request.rawBody.length === 0) {
      return declared.required ? [`${id} requires a JSON request body`] : [];
    }
    const problems: string[] = [];
    if (!/\bjson\b/i.test(request.contentType ?? '')) {
      problems.push(
        `request body content-type should be application/json, got ${request.contentType ?? 'none'}`,
      );
    }
    if (!body.isJson) return [...problems, 'request body is not valid JSON'];
    const schema = declared.content['application/json'].schema;
    const validate = this.compile(`${id} body`, schema, this.bodyAjv);
    if (!validate(body.value)) {
      problems.push(...describe(validate.errors, 'request body field', 'request body'));
    }
    problems.push(...undeclaredProperties(schema, body.value));
    return problems;
  }

  private parameterValidator(route: Route, location: 'path' | 'query'): ValidateFunction {
    const parameters = route.operation.parameters.filter((p) => p.in === location);
    const schema = {
      type: 'object',
      properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
      required: parameters.filter((p) => p.required).map((p) => p.name),
    };
    return this.compile(`${route.operation.operationId} ${location}`, schema, this.parameterAjv);
  }

  private compile(key: string, schema: object, ajv: Ajv): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

function createAjv(coerceTypes: boolean): Ajv {
  // strict: false tolerates OpenAPI-only keywords (x-*, discriminator, readOnly…); Ajv 8
  // understands OpenAPI 3.0 `nullable` natively, and allowUnionTypes covers 3.1 type arrays.
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, allowUnionTypes: true });
  ajvFormats.default(ajv);
  return ajv;
}

function compileRoute(method: string, template: string, operation: OpenApiOperation): Route {
  const multiSegment = new Set(
    operation.parameters.filter((p) => p['x-multi-segment']).map((p) => p.name),
  );
  const paramNames: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      paramNames.push(name);
      // x-multi-segment parameters (file paths, refs like feature/x) may contain slashes.
      return multiSegment.has(name) ? '(.*)' : '([^/]+)';
    })
    .join('');
  return { method, template, pattern: new RegExp(`^${source}$`), paramNames, operation };
}

function literalLength(template: string): number {
  return template.replace(/\{[^}]+\}/g, '').length;
}

interface ParsedBody {
  value: unknown;
  isJson: boolean;
}

function parseBody(raw: string): ParsedBody {
  if (raw.length === 0) return { value: undefined, isJson: false };
  try {
    return { value: JSON.parse(raw) as unknown, isJson: true };
  } catch {
    return { value: raw, isJson: false };
  }
}

function undeclaredProperties(schema: Record<string, unknown>, body: unknown): string[] {
  const properties = schema.properties as Record<string, unknown> | undefined;
  if (!properties || body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.keys(body)
    .filter((key) => !(key in properties))
    .map((key) => `request body property ${key} is not declared`);
}

/** E.g. "query parameter per_page must be integer", "request body field body is required". */
function describe(errors: ErrorObject[] | null | undefined, what: string, whole = what): string[] {
  return (errors ?? []).map((e) => {
    if (e.keyword === 'required') return `${what} ${String(e.params.missingProperty)} is required`;
    const name = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    return `${name ? `${what} ${name}` : whole} ${e.message ?? 'is invalid'}`;
  });
}

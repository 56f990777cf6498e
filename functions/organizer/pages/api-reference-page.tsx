// The API reference (/admin/api): the OpenAPI document rendered on the server as one readable page,
// operations grouped by tag with their parameters, bodies, answers and the named schemas. Nothing is
// loaded from another host and no script runs: the page is the document, in HTML.
import type { Child } from 'hono/jsx';
import type { OpenApiDocument } from '../openapi-document.js';
import { DashboardLayout, type PageContext } from './dashboard-layout.js';

type Json = Record<string, unknown>;
type Operation = {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: Json[];
  requestBody?: { required: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, Json>;
  'x-access': string;
};

export const apiReferenceStyle = `
main{overflow-wrap:anywhere}
.api-toc{columns:2 14em;padding-left:1.2em}
.op h3{font-size:17px;margin:0 0 6px;overflow-wrap:anywhere}
.op h3 code{font-size:15px}
.verb{display:inline-block;min-width:3.6em;font-weight:700;color:#fff;background:#5a4b36;border-radius:4px;padding:0 6px;margin-right:6px;text-align:center}
.verb-get{background:#1f5f3a}.verb-post{background:#7a1414}.verb-put{background:#1d4f86}
.api-schema{margin:4px 0 4px 0;padding-left:1.1em;font-size:15px}
.api-schema li{margin:2px 0;overflow-wrap:anywhere}
.api-type{color:#4a4a4a;font-style:italic}
.api-req{color:#7a1414;font-weight:600}
code{font-family:ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
`;

const SCHEMA_PREFIX = '#/components/schemas/';
const anchorOf = (ref: string) => `schema-${ref.slice(SCHEMA_PREFIX.length)}`;

/** A one-line name for a schema's type: `string`, `array of Question`, `one of 3`. */
function typeName(schema: Json): string {
  if (typeof schema.$ref === 'string') return schema.$ref.slice(SCHEMA_PREFIX.length);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((e) => JSON.stringify(e)).join(' | ');
  if (schema.type === 'array') return `array of ${typeName((schema.items as Json | undefined) ?? {})}`;
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) return `one of ${union.length}`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return typeof schema.type === 'string' ? schema.type : 'any';
}

/** Limits, formats and patterns, in a few words. */
function constraints(schema: Json): string {
  const said: string[] = [];
  for (const [key, label] of [
    ['minLength', 'min length'],
    ['maxLength', 'max length'],
    ['minimum', 'min'],
    ['maximum', 'max'],
    ['minItems', 'min items'],
    ['maxItems', 'max items'],
    ['format', 'format'],
    ['pattern', 'pattern'],
  ] as const) {
    if (schema[key] !== undefined) said.push(`${label} ${String(schema[key])}`);
  }
  return said.join(', ');
}

/** What a schema contains, nested: object properties, array items, union members. Named schemas are links. */
function SchemaBody({ schema, depth }: { schema: Json; depth: number }): Child {
  if (typeof schema.$ref === 'string' || depth > 6) return null;
  if (schema.type === 'array') {
    const items = (schema.items as Json | undefined) ?? {};
    return typeof items.$ref === 'string' ? null : <SchemaBody schema={items} depth={depth + 1} />;
  }
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) {
    return (
      <ul class="api-schema">
        {union.map((member) => (
          <li>
            <TypeLabel schema={member} />
            <SchemaBody schema={member} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  const properties = schema.properties as Record<string, Json> | undefined;
  if (!properties) return null;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return (
    <ul class="api-schema">
      {Object.entries(properties).map(([name, property]) => (
        <li>
          <code>{name}</code> <TypeLabel schema={property} />
          {required.has(name) ? <span class="api-req"> required</span> : null}
          {typeof property.description === 'string' ? <span> — {property.description}</span> : null}
          <SchemaBody schema={property} depth={depth + 1} />
        </li>
      ))}
    </ul>
  );
}

function TypeLabel({ schema }: { schema: Json }) {
  const name = typeName(schema);
  const limits = constraints(schema);
  const ref = typeof schema.$ref === 'string' ? schema.$ref : schema.type === 'array' && typeof (schema.items as Json | undefined)?.$ref === 'string' ? ((schema.items as Json).$ref as string) : undefined;
  return (
    <span class="api-type">
      {ref ? (
        <>
          {schema.type === 'array' ? 'array of ' : ''}
          <a href={`#${anchorOf(ref)}`}>{ref.slice(SCHEMA_PREFIX.length)}</a>
        </>
      ) : (
        name
      )}
      {limits ? ` (${limits})` : ''}
    </span>
  );
}

function Content({ content }: { content: Record<string, { schema: Json }> }) {
  return (
    <>
      {Object.entries(content).map(([type, { schema }]) => (
        <div>
          <code>{type}</code>: <TypeLabel schema={schema} />
          <SchemaBody schema={schema} depth={0} />
        </div>
      ))}
    </>
  );
}

function OperationView({ method, path, op, document }: { method: string; path: string; op: Operation; document: OpenApiDocument }) {
  const parameters = (op.parameters ?? []).map((p) => (typeof p.$ref === 'string' ? ((document.components.parameters as Record<string, Json>)[p.$ref.split('/').pop()!] ?? p) : p));
  return (
    <section class="op" id={op.operationId}>
      <h3>
        <span class={`verb verb-${method}`}>{method.toUpperCase()}</span>
        <code>{path}</code>
      </h3>
      <p>{op.summary}</p>
      <p>
        <code>{op.operationId}</code> · {op['x-access'] === 'public' ? 'no sign-in' : `access: ${op['x-access']}`}
      </p>
      <h4>Parameters</h4>
      <ul class="api-schema">
        {parameters.map((p) => (
          <li>
            <code>{String(p.name)}</code> <span class="api-type">in {String(p.in)}</span> <TypeLabel schema={(p.schema as Json | undefined) ?? {}} />
            {p.required ? <span class="api-req"> required</span> : null}
            {typeof p.description === 'string' ? <span> — {p.description}</span> : null}
          </li>
        ))}
      </ul>
      {op.requestBody ? (
        <>
          <h4>Body{op.requestBody.required ? '' : ' (optional)'}</h4>
          <Content content={op.requestBody.content} />
        </>
      ) : null}
      <h4>Answers</h4>
      <ul>
        {Object.entries(op.responses).map(([status, response]) => {
          const resolved = typeof response.$ref === 'string' ? ((document.components.responses as Record<string, Json>)[response.$ref.split('/').pop()!] ?? response) : response;
          return (
            <li>
              <strong>{status}</strong> {String(resolved.description ?? '')}
              {/* Error answers all share the error shape, shown once under Schemas. */}
              {!status.startsWith('4') && !status.startsWith('5') && resolved.content ? <Content content={resolved.content as Record<string, { schema: Json }>} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ApiReferencePage({ ctx, document }: { ctx: PageContext; document: OpenApiDocument }) {
  const en = ctx.locale === 'en';
  const operations = Object.entries(document.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op: op as unknown as Operation })));
  const schemas = Object.entries(document.components.schemas);
  return (
    <DashboardLayout ctx={ctx} title={en ? 'API reference' : '接口说明'} extraStyle={apiReferenceStyle}>
      <h1>{en ? 'API reference' : '接口说明（API）'}</h1>
      <section>
        <p lang="en">{document.info.description}</p>
        <p>
          {en ? 'The same, as OpenAPI 3.1 for client generators: ' : '供代码生成器使用的 OpenAPI 3.1 文档：'}
          <a href="/api/openapi.json">/api/openapi.json</a>
        </p>
        <nav aria-label={en ? 'Contents' : '目录'}>
          <ul class="api-toc">
            {document.tags.map((tag) => (
              <li>
                <a href={`#tag-${tag.name}`}>{tag.name}</a>
              </li>
            ))}
            <li>
              <a href="#schemas">{en ? 'Schemas' : '数据结构'}</a>
            </li>
          </ul>
        </nav>
      </section>
      <div lang="en">
        {document.tags.map((tag) => (
          <>
            <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
            <p>{tag.description}</p>
            {operations
              .filter(({ op }) => op.tags[0] === tag.name)
              .map(({ path, method, op }) => (
                <OperationView method={method} path={path} op={op} document={document} />
              ))}
          </>
        ))}
        <h2 id="schemas">Schemas</h2>
        {schemas.map(([name, schema]) => (
          <section id={`schema-${name}`}>
            <h3>{name}</h3>
            <TypeLabel schema={schema as Json} />
            {typeof (schema as Json).description === 'string' ? <p>{String((schema as Json).description)}</p> : null}
            <SchemaBody schema={schema as Json} depth={0} />
          </section>
        ))}
      </div>
    </DashboardLayout>
  );
}

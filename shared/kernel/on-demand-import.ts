// A package loaded on demand is ES module code locally and, in Lambda, a CommonJS copy shipped beside the
// bundle (infra/on-demand-modules.ts), whose `import()` gives its exports under `default` only.
// Both shapes reach the caller as one namespace.

/** The module's own exports, whichever way `import()` presented them. */
export function namespaceOf<T extends object>(module: T): T {
  const inner = (module as { default?: unknown }).default;
  return inner && typeof inner === 'object' ? ({ ...(inner as T), ...module } as T) : module;
}

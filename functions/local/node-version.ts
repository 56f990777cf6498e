// The Node versions the product runs on. Lambda runs Node 22 (infra pins nodejs22.x); locally Node
// 20.19+ still works with the pinned packages. The AWS SDK prints a 12-line notice on every start
// under Node 20 about releases after January 2027 (which package-lock.json does not install); we
// say it once, in one line, and tell the SDK we have.

export const LAMBDA_NODE_MAJOR = 22;

/** One line for the start banner when this Node is older than the Lambdas', undefined otherwise. */
export function nodeVersionNote(version = process.version): string | undefined {
  const major = Number(version.slice(1).split('.')[0]);
  if (major >= LAMBDA_NODE_MAJOR) return undefined;
  return `Node ${version}: works here; the Lambdas run Node ${LAMBDA_NODE_MAJOR}, and AWS SDK releases after January 2027 need it. Upgrade when you can.`;
}

/** Silences the SDK's own multi-line notice (the note above says the same once). */
export function quietSdkNodeNotice(env: NodeJS.ProcessEnv = process.env): void {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

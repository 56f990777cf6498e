// Starts a worker on a stored job without waiting for it: the request that asked answers at once.
export interface ExportLauncher {
  /** Resolves once the worker is on its way (not when it finishes). */
  launch(exportId: string): Promise<void>;
}

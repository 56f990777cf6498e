// The local run's worker: the same runExport, in this process, in the background (never awaited by the request).
import type { ExportLauncher } from '../../../shared/exports/export-launcher.js';
import { runExport, type ExportWorkerDeps } from '../../../shared/exports/run-export.js';
import type { Logger } from '../../http/logger.js';

export class InProcessExportLauncher implements ExportLauncher {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly deps: ExportWorkerDeps,
    private readonly logger: Logger,
  ) {}

  async launch(exportId: string): Promise<void> {
    const run: Promise<void> = runExport(this.deps, exportId)
      .then((result) => {
        if (result.outcome === 'failed') this.logger.error('export failed', { exportId, error: result.error });
        else if (result.outcome === 'done') this.logger.info('export done', { exportId, rows: result.rows, bytes: result.bytes });
      })
      .catch((error: unknown) => this.logger.error('export worker stopped', { exportId, error }))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Resolves when every worker started so far has finished (tests, benchmarks and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

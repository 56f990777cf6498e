// In AWS: the export worker is a Lambda function of its own, invoked asynchronously (its 15 minutes are
// not the API's 30 seconds). Lambda queues the event; the organizer function answers at once.
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { ExportWorkerEvent } from '../../../shared/exports/export-job-schema.js';
import type { ExportLauncher } from '../../../shared/exports/export-launcher.js';

export class LambdaExportLauncher implements ExportLauncher {
  constructor(
    private readonly functionName: string,
    private readonly client: LambdaClient = new LambdaClient({}),
  ) {}

  async launch(exportId: string): Promise<void> {
    const event: ExportWorkerEvent = { exportId };
    await this.client.send(new InvokeCommand({ FunctionName: this.functionName, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify(event)) }));
  }
}

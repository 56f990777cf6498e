// In AWS the notifier is a function of its own (it alone reads the robots' secret): the organizer and
// respondent functions hand it work by invoking it asynchronously, which Lambda queues and retries.
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { DeclineNotices } from '../../shared/experts/answer-from-link.js';
import type { NotifierEvent } from '../../shared/notices/notifier-event.js';
import type { NoticeLauncher } from '../../shared/notices/notifier.js';
import type { Logger } from '../http/logger.js';

async function invoke(client: LambdaClient, functionName: string, event: NotifierEvent): Promise<void> {
  await client.send(new InvokeCommand({ FunctionName: functionName, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify(event)) }));
}

export class LambdaNoticeLauncher implements NoticeLauncher {
  constructor(
    private readonly functionName: string,
    private readonly client: LambdaClient = new LambdaClient({}),
  ) {}

  launch(noticeId: string): Promise<void> {
    return invoke(this.client, this.functionName, { noticeId });
  }
}

/** The respondent's side: the expert's page tells the notifier; the notifier reads the lecture and makes the notice. */
export class LambdaDeclineNotices implements DeclineNotices {
  constructor(
    private readonly functionName: string,
    private readonly logger: Logger,
    private readonly client: LambdaClient = new LambdaClient({}),
  ) {}

  async declined(lectureId: string): Promise<void> {
    try {
      await invoke(this.client, this.functionName, { expertDeclined: lectureId });
    } catch (error) {
      // The schedule finds the decline within 15 minutes; the expert's answer stands either way.
      this.logger.warn('decline notice not handed on', { lectureId, error });
    }
  }
}

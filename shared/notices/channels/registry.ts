// Every robot platform the notifier can write for, by kind.
import type { WebhookKind } from '../webhook-config.js';
import type { ChannelFormat } from './channel.js';
import { dingtalk } from './dingtalk.js';
import { feishu } from './feishu.js';
import { wecom } from './wecom.js';

export const CHANNEL_FORMATS: Record<WebhookKind, ChannelFormat> = { wecom, dingtalk, feishu };

// What a preflight check reports: one line each, worded for the person about to deploy.
import type { ACMClient } from '@aws-sdk/client-acm';
import type { BackupClient } from '@aws-sdk/client-backup';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { PricingClient } from '@aws-sdk/client-pricing';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { District } from '../districts.js';

/** `error` stops the deploy; `warning` is printed and the deploy goes on. */
export type FindingLevel = 'ok' | 'warning' | 'error';

export interface Finding {
  check: string;
  level: FindingLevel;
  message: string;
}

/** The AWS clients the checks call, each for the right region (the price list has its own endpoints). */
export interface PreflightClients {
  lambda: LambdaClient;
  pricing: PricingClient;
  acm: ACMClient;
  backup: BackupClient;
  sns: SNSClient;
}

export interface PreflightContext {
  district: District;
  /** The district's region, or the credentials' when the file names none. */
  region: string;
  clients: PreflightClients;
  now: Date;
}

export type PreflightCheck = (context: PreflightContext) => Promise<Finding[]>;

export const ok = (check: string, message: string): Finding => ({ check, level: 'ok', message });
export const warning = (check: string, message: string): Finding => ({ check, level: 'warning', message });
export const error = (check: string, message: string): Finding => ({ check, level: 'error', message });

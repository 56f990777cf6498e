// How long a district keeps its logs: the districts file's number, else six months.
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DEFAULT_LOG_RETENTION_DAYS, type District } from './districts.js';

/** The file only accepts CloudWatch's own retention values, which are RetentionDays' values. */
export function logRetentionOf(district: District): RetentionDays {
  return (district.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS) as RetentionDays;
}

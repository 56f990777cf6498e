// Structured JSON log lines through Powertools for AWS Lambda (one object per line, as CloudWatch
// Logs Insights reads them), behind the small interface the apps use, so local runs log the same shape.
import { LogFormatter, LogItem, Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { LogAttributes } from '@aws-lambda-powertools/logger/types';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** The logger the Lambda entries get: the same interface, plus Powertools for the invocation's context. */
export interface LambdaLogger extends Logger {
  readonly powertools: PowertoolsLogger;
}

export interface LoggerOptions {
  /** Default: LOG_LEVEL from the environment, else `info`. */
  level?: LogLevel;
  /** Keys on every line; `service` becomes Powertools' service name. */
  base?: Record<string, unknown>;
  /** Where lines go; default stdout (as Lambda collects them). Tests pass a collector. */
  write?: (line: string) => void;
}

/**
 * Powertools' own record (level, message, timestamp, service, cold start, function name, ARN,
 * memory and request id once the invocation's context is added, correlation id) with errors as
 * Powertools formats them (name, location, message, stack and the whole `cause` chain), minus the
 * SDK's raw `$response` (the HTTP response object: large, and nothing to read in it). What stays of
 * an AWS SDK error is what a support case asks for: `$metadata.requestId`, `httpStatusCode`,
 * `attempts`, `$fault`, and a cancelled transaction's `CancellationReasons`.
 */
class DiancaiLogFormatter extends LogFormatter {
  formatAttributes(attributes: Parameters<LogFormatter['formatAttributes']>[0], additional: LogAttributes): LogItem {
    const context = attributes.lambdaContext;
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        message: attributes.message,
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        cold_start: context?.coldStart,
        function_arn: context?.invokedFunctionArn,
        function_memory_size: context?.memoryLimitInMB,
        function_name: context?.functionName,
        function_request_id: context?.awsRequestId,
        sampling_rate: attributes.sampleRateValue,
        xray_trace_id: attributes.xRayTraceId,
      },
    }).addAttributes(additional);
  }

  override formatError(error: Error): LogAttributes {
    const formatted = super.formatError(error);
    delete formatted.$response;
    return formatted;
  }
}

/** Powertools, with its output sent to `write` when one is given (its own console otherwise). */
class LineLogger extends PowertoolsLogger {
  #write?: (line: string) => void;

  constructor(options: ConstructorParameters<typeof PowertoolsLogger>[0], write?: (line: string) => void) {
    super(options);
    this.#write = write;
  }

  protected override printLog(logLevel: number, log: LogItem): void {
    if (!this.#write) return super.printLog(logLevel, log);
    this.#write(JSON.stringify(log.getAttributes(), this.getJsonReplacer()));
  }

  protected override createLogger(options?: ConstructorParameters<typeof PowertoolsLogger>[0]): PowertoolsLogger {
    return new LineLogger(options, this.#write);
  }
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

function levelFrom(value: string | undefined): LogLevel | undefined {
  const lower = value?.toLowerCase();
  return LEVELS.find((l) => l === lower);
}

function wrap(powertools: PowertoolsLogger): LambdaLogger {
  return {
    powertools,
    debug: (message, fields = {}) => powertools.debug(message, fields),
    info: (message, fields = {}) => powertools.info(message, fields),
    warn: (message, fields = {}) => powertools.warn(message, fields),
    error: (message, fields = {}) => powertools.error(message, fields),
    child: (fields) => wrap(powertools.createChild({ persistentKeys: fields })),
  };
}

export function createLogger(options: LoggerOptions = {}): LambdaLogger {
  const level = options.level ?? levelFrom(process.env.LOG_LEVEL) ?? 'info';
  const { service, ...base } = options.base ?? {};
  const powertools = new LineLogger(
    {
      logLevel: level.toUpperCase() as 'INFO',
      // Local runs log for both apps through one logger: `diancai` rather than Powertools' `service_undefined`.
      serviceName: typeof service === 'string' ? service : 'diancai',
      persistentKeys: base,
      logFormatter: new DiancaiLogFormatter(),
    },
    options.write,
  );
  return wrap(powertools);
}

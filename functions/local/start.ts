// `npm start`: serves the product on this machine and prints where to find it.
import { DEMO_FEEDBACK_FORM_ID, DEMO_NEEDS_SURVEY_ID } from '../../shared/demo/seed-demo.js';
import { createLogger } from '../http/logger.js';
import { localConfig } from './config.js';
import { startLocalServer } from './local-server.js';
import { nodeVersionNote, quietSdkNodeNotice } from './node-version.js';

quietSdkNodeNotice();
const config = (() => {
  try {
    return localConfig();
  } catch (error) {
    // A setting that cannot be used (PORT, PUBLIC_URL, DIANCAI_WEBHOOKS…): its sentence, not a stack trace.
    console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();
const server = await startLocalServer(config, createLogger({ level: (process.env.LOG_LEVEL as 'info') ?? 'warn' }));

// Phones open the public address when there is one (HOST=0.0.0.0 or PUBLIC_URL); the dashboard stays on this machine's loopback address.
const phones = server.publicUrl ?? server.url;
const note = nodeVersionNote();
console.log(`
点菜 Diancai is running (data in ${config.dataDir}${server.seeded ? ', demo district seeded' : ''})

  需求调查问卷 needs survey:   ${phones}/s/${DEMO_NEEDS_SURVEY_ID}
  授课信息反馈表 feedback form: ${phones}/s/${DEMO_FEEDBACK_FORM_ID}
  English:                     ${phones}/s/${DEMO_NEEDS_SURVEY_ID}?lang=en
${
  server.publicUrl
    ? `  (listening on ${config.host}: anyone on this network can open these links and the sign-in page)\n`
    : '  (this machine only; HOST=0.0.0.0 npm start lets phones on your network answer)\n'
}
  组织者后台 dashboard:         ${server.url}/admin
  管理员 admin:                 ${server.admin.email}${
    server.admin.password
      ? `\n  初始密码 password:            ${server.admin.password}  (shown once; set DIANCAI_ADMIN_PASSWORD to choose it;\n                               missed it? stop, then npm run organizer -- reset-password --email ${server.admin.email})`
      : server.admin.created
        ? '  (password from DIANCAI_ADMIN_PASSWORD)'
        : `  (password as first set; forgotten? stop, then npm run organizer -- reset-password --email ${server.admin.email})`
  }
${note ? `\n  ${note}\n` : ''}
Press Ctrl-C to stop (DynamoDB Local stops with it).
`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

// The floors of the code, lowest first, and their rule: a module imports its own folder (room) or a room on a
// lower floor, never a higher floor, never a neighbour on its own floor. docs/architecture.md says why;
// test/unit/layering.test.ts holds the tree to it.
import type { Floors } from './import-floors.js';

export const FLOORS: Floors = {
  shared: [
    ['shared/kernel'],
    ['shared/catalogue'],
    ['shared/question-types'],
    ['shared/survey'],
    ['shared/i18n'],
    ['shared/errors.ts'],
    ['shared/events'],
    ['shared/sign-in'],
    ['shared/accounts', 'shared/catalogue-admin'],
    ['shared/templates'],
    ['shared/survey-admin'],
    ['shared/unit-links'],
    ['shared/responses'],
    ['shared/report'],
    ['shared/programme', 'shared/exports'],
    ['shared/lectures'],
    ['shared/records'],
    ['shared/workbench', 'shared/audit'],
    ['shared/experts', 'shared/notices', 'shared/essays'],
    ['shared/study-plan'],
    ['shared/briefings'],
    ['shared/reminders'],
    ['shared/store.ts'],
    ['shared/storage'],
    ['shared/demo'],
  ],
  functions: [
    ['functions/http'],
    // The notifier's launchers are what the apps' Lambda entries hand notices to: below both apps.
    ['functions/notifier'],
    ['functions/question-views'],
    ['functions/respondent'],
    ['functions/organizer'],
    ['functions/export-worker', 'functions/deploy-check'],
    ['functions/local'],
    ['functions/organizer/organizer-cli.ts'],
  ],
  adapter: 'shared/storage',
  compositionRoots: [
    'functions/respondent/handler.ts',
    'functions/organizer/handler.ts',
    'functions/organizer/organizer-cli.ts',
    'functions/export-worker/handler.ts',
    'functions/notifier/handler.ts',
    'functions/local/configured-table.ts',
    'functions/local/local-server.ts',
  ],
  forbidden: [
    ['functions/question-views', 'functions/organizer'],
    ['functions/respondent', 'functions/organizer'],
  ],
};

// The one way to reach exceljs: loaded on first use, never at start-up. In Lambda it is not part of the
// function's bundle but a package of its own beside it (infra/on-demand-modules.ts), so a cold start
// neither reads nor parses its megabyte; locally it is the installed package. Write
//   const ExcelJS = await loadExcelJs();
// wherever a workbook is read or written, and import only types from 'exceljs' elsewhere: a static
// `import ExcelJS from 'exceljs'` would load it at every cold start again (the bundle test refuses one).
import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

export function loadExcelJs(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}

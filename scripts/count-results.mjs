// Totals the JSON reports of every test runner into the one plain line CI reads:
// "N passed, N failed". A runner whose report is missing counts as one failure, so a runner
// that never started cannot pass unseen. Usage: node scripts/count-results.mjs
import { existsSync, readFileSync } from 'node:fs';

const runners = {
  vitest: { file: 'reports/vitest.json', count: countVitest },
  playwright: { file: 'reports/playwright.json', count: countPlaywright },
};

let passed = 0;
let failed = 0;
for (const [name, { file, count }] of Object.entries(runners)) {
  if (!existsSync(file)) {
    console.log(`${name}: no report at ${file}; counted as 1 failed`);
    failed += 1;
    continue;
  }
  const result = count(JSON.parse(readFileSync(file, 'utf8')));
  console.log(
    `${name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`,
  );
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);

function countVitest(report) {
  return {
    passed: report.numPassedTests,
    failed:
      report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function countPlaywright(report) {
  const stats = report.stats;
  const errors = report.errors?.length ?? 0;
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + errors,
    skipped: stats.skipped,
  };
}

/**
 * The shape of src/, enforced in `npm test` (npm run check:deps): one door per folder, no cycle between folders,
 * data flowing one way. See ARCHITECTURE.md.
 */
module.exports = {
  forbidden: [
    {
      name: 'one-door-per-folder',
      comment: 'Another folder is entered only through its door, src/<folder>/index.ts.',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'entries-use-doors',
      comment:
        'The entries at the top of src/ import folders through their doors too; a dynamic import (a chunk loaded on ' +
        'demand: the UI kit, the pipeline transports) names its module, or the chunk would be the whole door.',
      severity: 'error',
      from: { path: '^src/[^/]+\\.tsx?$' },
      to: { path: '^src/[^/]+/', pathNot: '^src/[^/]+/index\\.ts$', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'no-cycle',
      comment: 'No import cycle, within a folder or between folders.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'ui-stays-up-stream',
      comment: 'The UI never reaches the outbox, the transports, the widget wiring or the collector.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/(outbox|transports|widget|collector)/' },
    },
    {
      name: 'transports-know-no-outbox',
      comment: 'Transports only turn batches into requests; the outbox sees only their verdicts.',
      severity: 'error',
      from: { path: '^src/transports/' },
      to: { path: '^src/(outbox|ui|widget|rules|collector)/' },
    },
    {
      name: 'rules-never-render',
      comment: 'The rules decide whether and when to ask; they never render or deliver.',
      severity: 'error',
      from: { path: '^src/rules/' },
      to: { path: '^src/(ui|widget|outbox|transports|collector)/' },
    },
    {
      name: 'outbox-below-widget',
      comment: 'The outbox is handed its transport and its page-exit hook; it never reaches up.',
      severity: 'error',
      from: { path: '^src/outbox/' },
      to: { path: '^src/(ui|widget|rules|config|collector)/' },
    },
    {
      name: 'collector-stays-on-the-server',
      comment: 'No browser code imports the collector kit (it is never bundled into the browser files).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/collector/' },
      to: { path: '^src/collector/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};

/**
 * Enforces the pipeline direction of DEVELOPERS.md:
 *   model → programs → compose → format → layout → render/pdf, and format → render/docx,
 * driven by src/pipeline; the leaves thai, style, image, compression, diagnostics and rules
 * beside them; lint (reading received letters) on model and rules only; and cli on top.
 * A stage imports only from earlier stages and from leaves; a leaf imports no stage.
 */
const stage = (name) => `^src/${name}/`;
const laterThan = {
  model: ['programs', 'compose', 'format', 'layout', 'render', 'pipeline', 'cli', 'rules'],
  programs: ['compose', 'format', 'layout', 'render', 'pipeline', 'cli'],
  compose: ['format', 'layout', 'render', 'pipeline', 'cli'],
  format: ['layout', 'render', 'pipeline', 'cli'],
  layout: ['render', 'pipeline', 'cli'],
  render: ['pipeline', 'cli'],
};
module.exports = {
  forbidden: [
    {
      name: 'thai-is-a-leaf',
      comment: 'src/thai is a leaf: it imports nothing else from src',
      severity: 'error',
      from: { path: stage('thai') },
      to: { path: '^src/', pathNot: stage('thai') },
    },
    {
      name: 'style-is-a-leaf',
      comment: 'src/style (the style profile) is a leaf shared by layout and the renderers',
      severity: 'error',
      from: { path: stage('style') },
      to: { path: '^src/', pathNot: stage('style') },
    },
    {
      name: 'image-is-a-leaf',
      comment: 'src/image (reading the caller\'s emblem image) is a leaf shared by layout and both renderers',
      severity: 'error',
      from: { path: stage('image') },
      to: { path: '^src/', pathNot: stage('image') },
    },
    {
      name: 'cache-is-a-leaf',
      comment: 'src/cache (bounded caches shared by the text engine and the renderers) is a leaf',
      severity: 'error',
      from: { path: stage('cache') },
      to: { path: '^src/', pathNot: stage('cache') },
    },
    {
      name: 'compression-is-a-leaf',
      comment: 'src/compression (DEFLATE and CRC-32) is a leaf shared by both renderers',
      severity: 'error',
      from: { path: stage('compression') },
      to: { path: '^src/', pathNot: stage('compression') },
    },
    ...Object.entries(laterThan).map(([from, later]) => ({
      name: `${from}-not-to-later-stage`,
      comment: `${from} must not import from a later stage (${later.join(', ')})`,
      severity: 'error',
      from: { path: stage(from) },
      to: { path: `^src/(${later.join('|')})/` },
    })),
    {
      name: 'rules-only-sees-model-and-leaves',
      comment: 'the rule engine reads the model and the thai kit, never compose, layout or renderers',
      severity: 'error',
      from: { path: stage('rules') },
      to: { path: '^src/(compose|format|layout|render|pipeline|cli)/' },
    },
    {
      name: 'pdf-and-docx-do-not-share-code-directly',
      comment: 'shared decisions live upstream, not in one renderer imported by the other',
      severity: 'error',
      from: { path: '^src/render/pdf/' },
      to: { path: '^src/render/docx/' },
    },
    {
      name: 'docx-takes-only-the-formatted-document',
      comment: 'Word lays out text itself: render/docx maps the formatted document, never the tree, the paged layout or the text engine',
      severity: 'error',
      from: { path: '^src/render/docx/' },
      to: { path: '^src/(model|programs|compose|layout|render/pdf|rules)/' },
    },
    {
      name: 'pdf-takes-only-the-paged-document',
      comment: 'render/pdf draws positioned glyphs: it never sees the tree or the formatted document',
      severity: 'error',
      from: { path: '^src/render/pdf/' },
      to: { path: '^src/(model|programs|compose|format|rules)/' },
    },
    {
      name: 'format-does-not-shape',
      comment: 'the format stage measures through its TextMeasure interface, never with the text engine itself',
      severity: 'error',
      from: { path: '^src/format/' },
      to: { path: '^src/(layout|render)/' },
    },
    {
      name: 'lint-reads-letters-not-renders-them',
      comment: 'src/lint reads received letters: it may import model, rules, thai and diagnostics, never compose, format, layout, render, pipeline or programs',
      severity: 'error',
      from: { path: stage('lint') },
      to: { path: '^src/(compose|format|layout|render|pipeline|programs|style|image|compression)/' },
    },
    {
      name: 'no-stage-imports-lint',
      comment: 'lint sits beside the pipeline, on top of model and rules: only cli and the package root use it',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(lint|cli)/|^src/index\\.ts$' },
      to: { path: stage('lint') },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      from: { path: '^src/', pathNot: stage('cli') },
      to: { path: stage('cli') },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};

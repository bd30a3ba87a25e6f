// A minimal JSON schema for GitHub Actions workflow files, written from the documented workflow
// syntax (docs.github.com, "Workflow syntax for GitHub Actions"). SchemaStore's github-workflow.json
// is the published schema, but no npm package in node_modules ships it and tests cannot download it;
// this covers the keys our workflows use and refuses unknown ones, so a misspelt key fails.
const step = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    if: { type: ['string', 'boolean'] },
    name: { type: 'string' },
    uses: { type: 'string', pattern: '^[^\\s@]+@[^\\s]+$' },
    run: { type: 'string' },
    shell: { type: 'string' },
    with: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    env: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    'working-directory': { type: 'string' },
    'continue-on-error': { type: ['boolean', 'string'] },
    'timeout-minutes': { type: ['number', 'string'] },
  },
  // A step either runs a command or uses an action, never both.
  oneOf: [{ required: ['uses'] }, { required: ['run'] }],
};

const job = {
  type: 'object',
  additionalProperties: false,
  required: ['runs-on', 'steps'],
  properties: {
    name: { type: 'string' },
    needs: { type: ['string', 'array'] },
    if: { type: ['string', 'boolean'] },
    'runs-on': { type: ['string', 'array'] },
    permissions: { type: ['string', 'object'] },
    environment: { type: ['string', 'object'] },
    env: { type: 'object' },
    defaults: { type: 'object' },
    'timeout-minutes': { type: ['number', 'string'] },
    'continue-on-error': { type: ['boolean', 'string'] },
    concurrency: { type: ['string', 'object'] },
    outputs: { type: 'object' },
    strategy: {
      type: 'object',
      additionalProperties: false,
      properties: {
        matrix: { type: ['object', 'string'] },
        'fail-fast': { type: ['boolean', 'string'] },
        'max-parallel': { type: ['number', 'string'] },
      },
    },
    steps: { type: 'array', minItems: 1, items: step },
  },
};

const events = {
  type: 'object',
  additionalProperties: false,
  properties: {
    push: {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: Object.fromEntries(
        ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'].map((key) => [
          key,
          { type: 'array', items: { type: 'string' } },
        ]),
      ),
    },
    pull_request: { type: ['object', 'null'] },
    workflow_dispatch: { type: ['object', 'null'] },
    schedule: { type: 'array' },
    release: { type: ['object', 'null'] },
  },
};

export const GITHUB_WORKFLOW_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['on', 'jobs'],
  properties: {
    name: { type: 'string' },
    'run-name': { type: 'string' },
    on: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, events] },
    permissions: { type: ['string', 'object'] },
    env: { type: 'object' },
    defaults: { type: 'object' },
    concurrency: { type: ['string', 'object'] },
    jobs: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
      additionalProperties: job,
    },
  },
};

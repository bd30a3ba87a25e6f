// The longest organization name: the contract refuses a longer one, and the renderer's inputs stop
// there. Apart from contract.ts so the renderer reads it without loading zod. Pure.
export const ORGANIZATION_NAME_MAX_LENGTH = 100;

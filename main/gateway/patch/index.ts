// The PATCH engine's public face for the gateway: apply a PatchOp body to a stored User or Group, and
// the ScimError every refusal is (the gateway re-exports it for its other handlers).
export { applyPatch, applyPatchToOwnCopy, type ScimResource } from './apply-patch';
export { CORE_GROUP_SCHEMA, type ResourceKind } from './attribute-types';
export { PATCH_OP_SCHEMA } from './patch-request';
export { badRequest, ScimError, SCIM_ERROR_TYPES, type ScimErrorType } from './scim-refusal';

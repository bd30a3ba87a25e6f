// RFC 7643 section 3.1: the attributes every resource has (id, schemas, meta, externalId), as this
// gateway keeps them: all but externalId are the gateway's own and read-only.
import { attribute, complex, type AttributeDefinition } from './schema-definition';

const readOnly = { mutability: 'readOnly' } as const;

/** RFC 7643 section 3.1, for every resource type; `externalId` is published in each core schema. */
export function commonAttributes(resourceType: string): AttributeDefinition[] {
  return [
    attribute('id', `The gateway's identifier of the ${resourceType}: stable, never reassigned, issued by the gateway.`, {
      caseExact: true,
      mutability: 'readOnly',
      returned: 'always',
      uniqueness: 'server',
    }),
    attribute('schemas', 'The URNs of the schemas the resource holds data of; kept by the gateway.', {
      type: 'reference',
      multiValued: true,
      caseExact: true,
      mutability: 'readOnly',
      referenceTypes: ['uri'],
    }),
    complex(
      'meta',
      'Resource metadata, kept by the gateway.',
      false,
      [
        attribute('resourceType', 'The resource type.', { caseExact: true, ...readOnly }),
        attribute('created', 'When the resource was created.', { type: 'dateTime', caseExact: true, ...readOnly }),
        attribute('lastModified', 'When the resource was last changed.', { type: 'dateTime', caseExact: true, ...readOnly }),
        attribute('location', 'The URI of the resource.', {
          type: 'reference',
          caseExact: true,
          referenceTypes: ['uri'],
          ...readOnly,
        }),
        attribute('version', 'The weak entity tag of the current version (If-Match takes it).', { caseExact: true, ...readOnly }),
      ],
      readOnly,
    ),
  ];
}

export const externalIdAttribute = (resourceType: string) =>
  attribute('externalId', `The identity provider's own identifier of the ${resourceType}.`, { caseExact: true });

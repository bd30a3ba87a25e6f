// Element ids the Organizations view moves focus to: a dialog hands focus back to the button that opened it.
export type OrganizationAction = 'rename' | 'move' | 'delete';

export const NEW_ORGANIZATION_BUTTON_ID = 'new-organization-button';

export const actionButtonId = (action: OrganizationAction, id: string): string => `organization-${action}-${id}`;

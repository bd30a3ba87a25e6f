import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../renderer/app/views';

// Every view's breadcrumb has the same shape: System Management, its section, and the page's own title.
describe('breadcrumbs', () => {
  it.each(Object.entries(VIEWS))('%s: three levels, ending with the page title', (_id, view) => {
    expect(view.breadcrumb).toHaveLength(3);
    expect(view.breadcrumb[0]).toBe('System Management');
    expect(view.breadcrumb.at(-1)).toBe(view.title);
  });
});

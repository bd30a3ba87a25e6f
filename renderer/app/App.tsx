// The console's frame: the header with the current view's breadcrumb, the "Console" navigation, and
// the current view. A change of view moves focus to the new page's title and names it in the window title.
// The settings view is in the first chunk; the others load when opened (lazy-views.tsx).
import { type RefObject, Suspense, useEffect, useRef } from 'react';
import type { ViewId } from '../state/navigation/navigation-slice';
import { ConsoleNav } from './ConsoleNav';
import { useConsoleState } from './console-context';
import { ErrorBoundary } from './ErrorBoundary';
import { FeatureSettingsView } from './FeatureSettingsView';
import { LeaveSettingsDialog } from './LeaveSettingsDialog';
import { OTHER_VIEWS, ViewLoading } from './lazy-views';
import { useOpenableViews } from './view-access';
import { PAGE_TITLE_ID, VIEWS } from './views';

export function App() {
  const requested = useConsoleState((s) => s.navigation.view);
  // A view whose privilege was just revoked (here or by another operator) falls back to the settings.
  const view = useOpenableViews([requested])[0] ?? 'settings';
  const focused = useRef(view);
  useEffect(() => {
    document.title = `${VIEWS[view].title} – Identity Service Console`;
  }, [view]);
  const crumbs = VIEWS[view].breadcrumb;
  return (
    <div className="app">
      <header className="app-header">
        <p className="product">Identity Service Console</p>
        <nav aria-label="Breadcrumb">
          <ol className="breadcrumb">
            {crumbs.map((crumb, index) => (
              <li key={crumb} aria-current={index === crumbs.length - 1 ? 'page' : undefined}>
                {crumb}
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <div className="app-body">
        <ConsoleNav />
        <main className={view === 'settings' ? 'app-main' : 'app-main wide'}>
          {view === 'settings' ? (
            <>
              <FeatureSettingsView />
              <FocusTitleOnChange view={view} focused={focused} />
            </>
          ) : (
            <ErrorBoundary key={view}>
              <Suspense fallback={<ViewLoading view={view} />}>
                <OtherView view={view} />
                <FocusTitleOnChange view={view} focused={focused} />
              </Suspense>
            </ErrorBoundary>
          )}
        </main>
      </div>
      <LeaveSettingsDialog />
    </div>
  );
}

function OtherView(props: { view: keyof typeof OTHER_VIEWS }) {
  const View = OTHER_VIEWS[props.view];
  return <View />;
}

/**
 * Moves focus to the new view's title. Rendered after the view inside its Suspense boundary, so its
 * effect runs once the view is on the page: after the chunk of a view opened for the first time loads.
 */
function FocusTitleOnChange(props: { view: ViewId; focused: RefObject<ViewId> }) {
  const { view, focused } = props;
  useEffect(() => {
    if (focused.current === view) return;
    focused.current = view;
    document.getElementById(PAGE_TITLE_ID)?.focus();
  }, [view, focused]);
  return null;
}

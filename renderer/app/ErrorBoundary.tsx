// Shows what went wrong instead of a blank window when a view throws while rendering.
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel" role="alert">
        <p>The console hit an unexpected problem and stopped this view: {this.state.error.message}</p>
        <button type="button" className="button secondary" onClick={() => window.location.reload()}>
          Reload the console
        </button>
      </div>
    );
  }
}

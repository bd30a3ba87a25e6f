// Renderer entry: takes the transport, whose first calls are already on their way (api/boot.ts,
// imported first so it runs first), creates the store and mounts the console.
import { bootChoice as choice } from './api/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConsoleProvider } from './app/console-context';
import { SessionGate } from './app/SessionGate';
import { createConsoleStore } from './state/console-store';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

root.render(
  <StrictMode>
    {choice.ok ? (
      <ConsoleProvider api={choice.api} store={createConsoleStore()}>
        <SessionGate>
          <App />
        </SessionGate>
      </ConsoleProvider>
    ) : (
      <main className="app-main">
        <h1 className="page-title">Identity Service Console</h1>
        <p className="panel" role="alert">
          {choice.reason}
        </p>
      </main>
    )}
  </StrictMode>,
);

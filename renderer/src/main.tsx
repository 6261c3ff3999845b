// Global styles first, so each component's own CSS (imported below) can refine them.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readCachedAppearance } from './app/appearance-cache';
import { getApi } from './bridge/get-api';
import { createAppStore } from './store/app-store';
import { AppProvider } from './store/context';

const api = getApi();
const store = createAppStore(api, window.location.hash, readCachedAppearance());

const root = document.getElementById('root');
if (!root) throw new Error('renderer/index.html lost its #root element.');
createRoot(root).render(
  <StrictMode>
    <AppProvider store={store} api={api}>
      <App />
    </AppProvider>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getApi } from './bridge/get-api';
import { createAppStore } from './store/app-store';
import { AppProvider } from './store/context';
import './styles/tokens.css';
import './styles/base.css';

const api = getApi();
const store = createAppStore(api, window.location.hash);

const root = document.getElementById('root');
if (!root) throw new Error('renderer/index.html lost its #root element.');
createRoot(root).render(
  <StrictMode>
    <AppProvider store={store} api={api}>
      <App />
    </AppProvider>
  </StrictMode>,
);
